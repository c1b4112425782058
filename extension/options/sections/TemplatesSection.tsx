import { CreditorProfileCard } from '../ProfileCard';
import { TemplateEditor } from '../templates/TemplateEditor';

/** Templates: the creditor profile the templates fill in, then the template editor. */
export function TemplatesSection() {
  return (
    <>
      <CreditorProfileCard />
      <TemplateEditor />
    </>
  );
}
