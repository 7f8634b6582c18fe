// Export: the view as a PNG or SVG picture (1×, 2×, 4×, with caption and legend), and files through the API
// (GEXF and GraphML with the view's positions and colours), each saved under a name that says what and when.
import { ApiError } from '../api/api.ts';
import type { ExportFormat } from '../api/types.ts';
import { filters } from '../filters/filters-state.ts';
import type { Renderer } from '../render/renderer.ts';
import { selection } from '../selection/selection-state.ts';
import { announce, errorText } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import { download } from './download.ts';
import { exportFileName, exportRequest, type ViewForExport } from './export-request.ts';
import { imageCaption, imageLegend, pageCaption } from './image-legend.ts';
import { pictureBlob } from './png-export.ts';
import { pictureSvg } from './svg-export.ts';
import { viewNodes } from './view-nodes.ts';

export type PictureFormat = 'png' | 'svg';

/** The whole canvas as drawn (whatever is selected), at `scale` times the screen's pixels. */
export async function exportPicture(renderer: Renderer, format: PictureFormat, scale: number): Promise<void> {
  const name = format.toUpperCase();
  try {
    // Sigma redraws on the next frame after a change (a new style, a filter): the picture is of the state now.
    renderer.sigma.refresh();
    const when = new Date();
    const caption = imageCaption(pageCaption(), when);
    const legend = imageLegend(renderer.graph(), view.get().mode);
    const blob =
      format === 'png'
        ? await pictureBlob(renderer, scale, caption, legend)
        : new Blob([pictureSvg(renderer, scale, caption, legend)], { type: 'image/svg+xml' });
    const { what, described } = exportRequest('json', { ...currentView(renderer), selected: null });
    const fileName = exportFileName(scale === 1 ? what : `${what}-${scale}x`, format, when);
    download(blob, fileName);
    announce(`${name} (${scale}×) of ${described} saved as ${fileName}.`);
  } catch (error) {
    announce(`${name} export failed: ${errorText(error)}`, 'error');
  }
}

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'zip',
  cypher: 'cypher',
};

/** The view as the export sees it: mode, selection, filters, and the nodes the reducers left visible. */
function currentView(renderer: Renderer): ViewForExport {
  const { sigma } = renderer;
  return {
    mode: view.get().mode,
    selected: selection.get().selected,
    filters: filters.get(),
    visibleKeys: () =>
      sigma.getGraph().filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden !== true),
  };
}

export async function exportFile(renderer: Renderer, format: ExportFormat): Promise<void> {
  const request = exportRequest(format, currentView(renderer));
  // Gephi and yEd open the picture as seen: the shown nodes' positions, colours and sizes go with the request.
  const picture = format === 'gexf' || format === 'graphml' ? viewNodes(renderer) : undefined;
  if (picture) request.body.view = picture;
  try {
    const response = await fetch('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        error?: { code: string; message: string };
      } | null;
      throw new ApiError(
        response.status,
        body?.error?.code ?? 'export_failed',
        body?.error?.message ?? response.statusText,
      );
    }
    const fileName = exportFileName(request.what, EXTENSIONS[format], new Date());
    download(await response.blob(), fileName);
    announce(`${format.toUpperCase()} of ${request.described} saved as ${fileName}.`);
  } catch (error) {
    announce(`Export failed: ${errorText(error)}`, 'error');
  }
}
