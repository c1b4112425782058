import { tp } from './messages';

/** The end of a panel form: its error (announced), then Save and Cancel. */
export function FormActions({ error, onCancel }: { error: string | null | undefined; onCancel(): void }) {
  return (
    <>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="small primary">
          {tp('save')}
        </button>
        <button type="button" class="small" onClick={onCancel}>
          {tp('cancel')}
        </button>
      </div>
    </>
  );
}
