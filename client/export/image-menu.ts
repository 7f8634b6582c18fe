// The Export menu's picture entries: PNG and SVG, each at 1×, 2× and 4× the screen's pixels.
import type { Renderer } from '../render/renderer.ts';
import { h } from '../ui/dom.ts';
import { exportPicture, type PictureFormat } from './export-actions.ts';

const SCALES = [1, 2, 4] as const;

export function pictureButtons(renderer: Renderer): HTMLButtonElement[] {
  return (['png', 'svg'] as const satisfies readonly PictureFormat[]).flatMap((format) =>
    SCALES.map((scale) =>
      h(
        'button',
        {
          type: 'button',
          'data-export': scale === 1 ? format : `${format}-${scale}x`,
          onclick: () => void exportPicture(renderer, format, scale),
        },
        `${format.toUpperCase()} image${scale === 1 ? '' : ` ${scale}×`}`,
      ),
    ),
  );
}
