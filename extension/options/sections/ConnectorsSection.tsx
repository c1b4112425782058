import { BuiltInSites } from '../connectors/BuiltInSites';
import { GenericSites } from '../connectors/GenericSites';
import '../connectors/connectors.css';

/** Connectors: the built-in sites' on/off switches and the generic connector's own sites. */
export function ConnectorsSection() {
  return (
    <div class="connectors">
      <BuiltInSites />
      <GenericSites />
    </div>
  );
}
