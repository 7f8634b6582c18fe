// Wires sigma's pointer events and the page's shortcuts to the UI state actions.
import type Sigma from 'sigma';
import { expandNode, undoExpansion } from '../expand/expand-actions.ts';
import { clearSelection, hover, selectEdge, selectNode } from '../selection/selection-state.ts';
import { announce } from '../ui/dom.ts';
import { setConsoleOpen, view } from '../view/view-state.ts';
import type { Stage } from './stage.ts';

/** The canvas is focusable and answers the keyboard: arrows pan, + and - zoom, 0 resets the camera. */
function wireCanvasKeys(sigma: Sigma): void {
  const container = sigma.getContainer();
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute(
    'aria-label',
    'Network of actors and relations. Arrow keys pan, plus and minus zoom, 0 resets; search or the details panel move between nodes.',
  );
  container.addEventListener('keydown', (event) => {
    const camera = sigma.getCamera();
    const step = 0.1 * camera.ratio;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) camera.setState({ x: camera.x + move[0], y: camera.y + move[1] });
    else if (event.key === '+' || event.key === '=') void camera.animatedZoom({ duration: 200 });
    else if (event.key === '-') void camera.animatedUnzoom({ duration: 200 });
    else if (event.key === '0') void camera.animatedReset({ duration: 200 });
    else return;
    event.preventDefault();
  });
}

function wirePointer(stage: Stage): void {
  const { sigma } = stage.renderer;
  const container = sigma.getContainer();
  const cursor = (value: string) => () => {
    container.style.cursor = value;
  };
  sigma.on('enterNode', ({ node }) => {
    hover(node);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    hover(null);
    container.style.cursor = '';
  });
  sigma.on('enterEdge', cursor('pointer'));
  sigma.on('leaveEdge', cursor(''));
  // A community stands for many nodes and has no details of its own: a click opens it.
  const openCommunity = (node: string): boolean => {
    const name = stage.graph('network').getNodeAttribute(node, 'name');
    if (!stage.openCommunity(node)) return false;
    announce(`Opened the community of ${name}.`);
    return true;
  };
  sigma.on('clickNode', ({ node }) => {
    if (!openCommunity(node)) selectNode(node);
  });
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => clearSelection());
  sigma.on('doubleClickNode', (event) => {
    // Sigma zooms on double-click by default; here it means "expand".
    event.preventSigmaDefault();
    if (stage.onScreen() === 'network' && !openCommunity(event.node)) void expandNode(stage, event.node);
  });
}

function wireShortcuts(stage: Stage): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, .cm-editor');
    if (event.key === 'Escape' && !typing && !document.querySelector('dialog[open]')) clearSelection();
    if ((event.ctrlKey || event.metaKey) && event.key === 'z' && !typing) {
      event.preventDefault();
      undoExpansion(stage);
    }
    if (event.ctrlKey && event.key === '`') {
      event.preventDefault();
      setConsoleOpen(!view.get().consoleOpen);
    }
  });
}

export function wireInteractions(stage: Stage): void {
  wireCanvasKeys(stage.renderer.sigma);
  wirePointer(stage);
  wireShortcuts(stage);
}
