// With hideEdgesOnMove, sigma draws the frames of a camera move without edges and labels, and counts on a
// last camera update to draw the still picture. An animation whose last step lands where the one before it
// was emits no update, so the picture stayed bare until the next interaction: this draws it once calm.
import type Sigma from 'sigma';

/** Whether sigma treats the camera as moving (its own test in `render()`). */
export function cameraMoving(sigma: Sigma): boolean {
  const captor = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() ||
    captor.isMoving ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0
  );
}

/** Returns whether the last frame was drawn bare (without edges and labels) because the camera moved. */
export function redrawWhenStill(sigma: Sigma, active: () => boolean): () => boolean {
  let watching = false;
  let bare = false;
  const check = (): void => {
    if (cameraMoving(sigma)) {
      requestAnimationFrame(check);
      return;
    }
    watching = false;
    sigma.scheduleRender();
  };
  sigma.on('afterRender', () => {
    bare = sigma.getSetting('hideEdgesOnMove') && cameraMoving(sigma);
    if (watching || !active() || !bare) return;
    watching = true;
    requestAnimationFrame(check);
  });
  return () => bare;
}
