import { BUILTIN_PACKS, lintText } from 'shared/compliance';
import { BUILTIN_TEMPLATES, renderTemplate, sampleVariables } from 'shared/templates';
import { describe, expect, it } from 'vitest';

// Every built-in template, rendered with the sample data of its own stage, passes the wording lint of every
// built-in rule pack with no finding at all. The creditor's own phone and bank account may appear.
describe('built-in templates pass lintText', () => {
  for (const pack of Object.values(BUILTIN_PACKS)) {
    it(`no findings under the ${pack.profile} pack`, () => {
      const problems: string[] = [];
      for (const template of BUILTIN_TEMPLATES) {
        const vars = sampleVariables(template.locale, template.stage);
        const result = renderTemplate(template, vars);
        if (!result.ok) {
          problems.push(`${template.id}: does not render`);
          continue;
        }
        const context = {
          pack,
          creditorPhoneNumbers: [vars.creditor?.phone ?? '', vars.sender?.phone ?? ''],
          creditorAccountNumbers: ['571900000000001'],
        };
        for (const text of [result.value.subject ?? '', result.value.text]) {
          for (const f of lintText(text, context)) {
            const span = f.span ? text.slice(f.span.start, f.span.end) : '';
            problems.push(`${template.id}: ${f.ruleId} ${f.entryId ?? ''} "${span}"`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
