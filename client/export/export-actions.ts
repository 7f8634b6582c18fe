// Export: the view as PNG (sigma's layers composited by @sigma/export-image), and files through the API.
import { toBlob } from '@sigma/export-image';
import { ApiError } from '../api/api.ts';
import type { ExportFormat } from '../api/types.ts';
import type { Renderer } from '../render/renderer.ts';
import { selection } from '../selection/selection-state.ts';
import { announce, errorText } from '../ui/dom.ts';

function download(blob: Blob, fileName: string): void {
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
    download(blob, 'actorgraph.png');
    announce('PNG saved.');
  } catch (error) {
    announce(`PNG export failed: ${errorText(error)}`, 'error');
  }
}

/** The selected node's neighbourhood when a node is selected, else every node visible in the view. */
function exportScope(renderer: Renderer): { ego: string; depth: number } | { keys: string[] } {
  const selected = selection.get().selected;
  if (selected?.kind === 'node') return { ego: selected.key, depth: 1 };
  const { sigma } = renderer;
  const keys = sigma.getGraph().filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden !== true);
  return { keys };
}

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'zip',
  cypher: 'cypher',
};

function fileNameFrom(response: Response, format: ExportFormat): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : `actorgraph.${EXTENSIONS[format]}`;
}

export async function exportFile(renderer: Renderer, format: ExportFormat): Promise<void> {
  try {
    const response = await fetch('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format, ...exportScope(renderer) }),
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
    download(await response.blob(), fileNameFrom(response, format));
    announce(`${format.toUpperCase()} export saved.`);
  } catch (error) {
    announce(`Export failed: ${errorText(error)}`, 'error');
  }
}
