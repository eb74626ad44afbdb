import { ApiError, type Transport } from '../../shared/api-client';
import type { z } from 'zod';
import { stationContract, type StationMethod } from '../../shared/contract/station';

/** This PC's own calls (station.status, station.join): answered by this PC, through the same transport. */
export function createStationClient(transport: Transport) {
  return {
    async call<M extends StationMethod>(
      method: M,
      input: z.input<(typeof stationContract)[M]['input']>,
    ): Promise<z.output<(typeof stationContract)[M]['output']>> {
      const envelope = await transport(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as never;
    },
  };
}
