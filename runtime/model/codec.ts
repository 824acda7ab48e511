// Placeholder until the binary format lands (docs/snapshot-format.md).
import { SnapshotFormatError } from './errors';
import type { SnapshotColumns } from './snapshot';

export function encodeSnapshot(_columns: SnapshotColumns): Uint8Array {
  throw new SnapshotFormatError('serialize() is not implemented yet', -1);
}

export function decodeSnapshot(_bytes: Uint8Array): SnapshotColumns {
  throw new SnapshotFormatError('deserialize() is not implemented yet', -1);
}
