import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from './messages';

export interface PopoverProps {
  /** The button that opened it: the popover sits beside it and gives focus back to it on close. */
  anchor: HTMLElement;
  label: string;
  testId: string;
  onClose(): void;
  children: ComponentChildren;
}

const GAP = 6;

/**
 * A small non-modal panel beside its button, fixed to the viewport so a compose window's overflow cannot clip
 * it. Escape, the close button or a click elsewhere closes it; focus moves into it on open and back on close.
 */
export function Popover({ anchor, label, testId, onClose, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  const close = () => {
    onClose();
    anchor.focus();
  };

  useLayoutEffect(() => {
    const panel = ref.current;
    const view = anchor.ownerDocument.defaultView;
    if (!panel || !view) return;
    const a = anchor.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    // Above the button when it fits (toolbars sit at a compose's foot), else below, always on screen.
    let top = a.top - p.height - GAP;
    if (top < GAP) top = Math.max(GAP, Math.min(a.bottom + GAP, view.innerHeight - p.height - GAP));
    const left = Math.max(GAP, Math.min(a.left, view.innerWidth - p.width - GAP));
    setPos({ top, left });
  }, [anchor]);

  // Focus only once placed: a hidden element cannot take focus.
  const placed = pos !== null;
  useEffect(() => {
    if (placed) ref.current?.focus();
  }, [placed]);

  useEffect(() => {
    const doc = anchor.ownerDocument;
    const onPointer = (e: PointerEvent) => {
      const path = e.composedPath();
      if (ref.current && !path.includes(ref.current) && !path.includes(anchor)) onClose();
    };
    doc.addEventListener('pointerdown', onPointer, true);
    return () => doc.removeEventListener('pointerdown', onPointer, true);
  }, [anchor, onClose]);

  return (
    <div
      ref={ref}
      class="popover"
      role="dialog"
      aria-label={label}
      data-testid={testId}
      tabIndex={-1}
      style={pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : { visibility: 'hidden', top: '0px', left: '0px' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div class="popover-head">
        <strong>{label}</strong>
        <button type="button" class="icon" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
