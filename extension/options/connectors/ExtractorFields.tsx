import type { ConfigError } from 'connectors/generic';
import { localized } from '../../i18n';
import type { ExtractorDraft, ExtractorKind, FieldPath } from './draft';
import { Field, describedBy } from './Field';
import { t } from './messages';

type Which = 'recordId' | 'customerName';

/** The inputs of one extractor (record id or customer name); which inputs show depends on where it reads from. */
export function ExtractorFields(props: {
  which: Which;
  value: ExtractorDraft;
  errors: Map<FieldPath, ConfigError[]>;
  onChange: (next: ExtractorDraft) => void;
}) {
  const { which, value: d } = props;
  const id = (field: string) => `${which}-${field}`;
  const errs = (field: string) => props.errors.get(`${which}.${field}` as FieldPath);
  const set = (patch: Partial<ExtractorDraft>) => props.onChange({ ...d, ...patch });
  const text = (field: keyof ExtractorDraft & string, label: string, extra: { help?: string; placeholder?: string } = {}) => (
    <Field inputId={id(field)} label={label} errors={errs(field)} help={extra.help}>
      <input
        id={id(field)}
        name={id(field)}
        type="text"
        spellcheck={false}
        value={d[field]}
        placeholder={extra.placeholder}
        onInput={(e) => set({ [field]: e.currentTarget.value })}
        {...describedBy(id(field), errs(field), extra.help !== undefined)}
      />
    </Field>
  );
  const kinds: ExtractorKind[] = which === 'recordId' ? ['none', 'url', 'selector', 'label'] : ['url', 'selector', 'label'];
  const kindLabel = { none: t('kindNone'), url: t('kindUrl'), selector: t('kindSelector'), label: t('kindLabel') };
  const whole = props.errors.get(which) ?? [];
  return (
    <fieldset class="extractor" data-extractor={which}>
      <legend>{which === 'recordId' ? t('recordIdHeading') : t('customerNameHeading')}</legend>
      <Field inputId={id('kind')} label={t('extractorKind')} errors={errs('kind')}>
        <select id={id('kind')} name={id('kind')} value={d.kind} onChange={(e) => set({ kind: e.currentTarget.value as ExtractorKind })}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel[k]}
            </option>
          ))}
        </select>
      </Field>
      {d.kind === 'url' && (
        <div class="row">
          {text('regex', t('fieldRegex'), { placeholder: '/customers/(\\d+)' })}
          {text('group', t('fieldGroup'), { placeholder: '1' })}
          {text('flags', t('fieldFlags'), { placeholder: 'i' })}
          <Field inputId={id('part')} label={t('fieldPart')} errors={errs('part')}>
            <select id={id('part')} value={d.part} onChange={(e) => set({ part: e.currentTarget.value as ExtractorDraft['part'] })}>
              <option value="href">{t('partHref')}</option>
              <option value="path">{t('partPath')}</option>
              <option value="hash">{t('partHash')}</option>
            </select>
          </Field>
        </div>
      )}
      {d.kind === 'selector' && (
        <div class="row">
          {text('selector', t('fieldSelector'), { placeholder: 'main h1.title' })}
          {text('attribute', t('fieldAttribute'), { placeholder: 'data-id' })}
          {text('regex', t('fieldNarrowRegex'))}
          {text('group', t('fieldGroup'))}
          {text('flags', t('fieldFlags'))}
        </div>
      )}
      {d.kind === 'label' && (
        <div class="row">
          <Field inputId={id('labels')} label={t('fieldLabels')} errors={errs('labels')}>
            <textarea
              id={id('labels')}
              name={id('labels')}
              rows={2}
              value={d.labels}
              placeholder="客户名称"
              onInput={(e) => set({ labels: e.currentTarget.value })}
              {...describedBy(id('labels'), errs('labels'))}
            />
          </Field>
          {text('labelSelector', t('fieldLabelSelector'))}
          {text('valueSelector', t('fieldValueSelector'))}
        </div>
      )}
      {whole.length > 0 && (
        <ul class="field-error error" data-error-for={which}>
          {whole.map((e) => (
            <li key={e.path}>{localized(e.message)}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
