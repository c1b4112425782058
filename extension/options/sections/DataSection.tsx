import { ImportPanel } from '../ImportPanel';

export function DataSection() {
  return <ImportPanel />;
}
