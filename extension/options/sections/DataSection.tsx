import { useState } from 'preact/hooks';
import { ImportPanel } from '../ImportPanel';
import { RulePackFeedCard } from '../feeds/RulePackFeedCard';
import { DeleteEverything } from '../import/DeleteEverything';
import { FeedsCard } from '../import/FeedsCard';

/** Data: import a ledger (review, undo), the AR feeds, and deleting everything. */
export function DataSection() {
  // Bumped when data changes outside the import panel, so its counts and undo box are read again.
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <>
      <ImportPanel refreshKey={refreshKey} />
      <FeedsCard refreshKey={refreshKey} onLedgerChanged={() => setRefreshKey((k) => k + 1)} />
      <RulePackFeedCard />
      <DeleteEverything onDeleted={() => setRefreshKey((k) => k + 1)} />
    </>
  );
}
