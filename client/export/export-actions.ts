// Export: the view as PNG (sigma's layers composited by @sigma/export-image), and files through the API, each
// saved under a name that says what and when.
import { toBlob } from '@sigma/export-image';
import { ApiError } from '../api/api.ts';
import type { ExportFormat } from '../api/types.ts';
import { filters } from '../filters/filters-state.ts';
import type { Renderer } from '../render/renderer.ts';
import { selection } from '../selection/selection-state.ts';
import { announce, errorText } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import { exportFileName, exportRequest, type ViewForExport } from './export-request.ts';

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPng(renderer: Renderer): Promise<void> {
  try {
    const blob = await toBlob(renderer.sigma, { format: 'png', backgroundColor: '#ffffff' });
    // The picture is the whole canvas, whatever is selected.
    const { what, described } = exportRequest('json', { ...currentView(renderer), selected: null });
    const fileName = exportFileName(what, 'png', new Date());
    download(blob, fileName);
    announce(`PNG of ${described} saved as ${fileName}.`);
  } catch (error) {
    announce(`PNG export failed: ${errorText(error)}`, 'error');
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
