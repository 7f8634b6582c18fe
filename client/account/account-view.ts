// The top bar's account corner: sign in (name and password) or sign out; editors get *Add article* and *Drafts*,
// which load the workbench on first use (a dynamic import, so the first screen does not carry it).
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import { explain, loadSession, signIn, signOut } from './session-api.ts';
import { canEdit, session } from './session-state.ts';
import './account.css';

import type { Opening } from '../workbench/workbench.ts';

async function openWorkbench(stage: Stage, opening: Opening): Promise<void> {
  const { openWorkbench: open } = await import('../workbench/workbench.ts');
  open(stage, opening);
}

function signInForm(close: () => void): HTMLFormElement {
  const error = h('p', { class: 'account-error', role: 'alert', hidden: true });
  const name = h('input', { id: 'sign-in-name', name: 'name', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'sign-in-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const form = h(
    'form',
    { class: 'sign-in-form', id: 'sign-in-form', 'aria-label': 'Sign in' },
    h('label', { for: 'sign-in-name' }, 'Name'),
    name,
    h('label', { for: 'sign-in-password' }, 'Password'),
    password,
    h('button', { type: 'submit', id: 'sign-in-submit' }, 'Sign in'),
    h('button', { type: 'button', class: 'link', onclick: close }, 'Cancel'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    signIn(name.value.trim(), password.value)
      .then(close)
      .catch((failure: unknown) => {
        error.textContent = explain(failure).startsWith('You are not signed in')
          ? 'The name or the password is wrong.'
          : explain(failure);
        error.hidden = false;
        password.select();
      });
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
    document.getElementById('sign-in')?.focus();
  });
  queueMicrotask(() => name.focus());
  return form;
}

export function mountAccount(stage: Stage): void {
  const corner = h('div', { class: 'account', id: 'account' });
  document.querySelector('.topbar')?.append(corner);
  let formOpen = false;
  const openForm = (): void => {
    formOpen = true;
    render();
  };
  const closeForm = (): void => {
    formOpen = false;
    render();
  };
  const render = (): void => {
    const { user } = session.get();
    if (!user) {
      // The form drops down under the button, so the top bar keeps its search box at full width.
      const toggle = h(
        'button',
        {
          type: 'button',
          id: 'sign-in',
          'aria-expanded': String(formOpen),
          onclick: formOpen ? closeForm : openForm,
        },
        'Sign in',
      );
      corner.replaceChildren(toggle, formOpen ? signInForm(closeForm) : '');
      return;
    }
    formOpen = false;
    const editing = canEdit(session.get())
      ? [
          h(
            'button',
            { type: 'button', id: 'add-article', onclick: () => void openWorkbench(stage, { kind: 'add' }) },
            'Add article',
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'open-drafts',
              onclick: () => void openWorkbench(stage, { kind: 'drafts' }),
            },
            'Drafts',
          ),
        ]
      : [];
    corner.replaceChildren(
      ...editing,
      h('span', { class: 'account-name', id: 'account-name', title: `Signed in as ${user.role}` }, user.name),
      h(
        'button',
        { type: 'button', id: 'sign-out', onclick: () => void signOut().then(render, render) },
        'Sign out',
      ),
    );
  };
  session.subscribe(render);
  // The editors' node tools (history, retraction) load with the first editor session, not with the page.
  let tools = false;
  session.subscribe((state) => {
    if (tools || !canEdit(state)) return;
    tools = true;
    void import('../workbench/node-tools.ts').then(({ mountNodeTools }) => mountNodeTools(stage));
  });
  render();
  void loadSession().catch(() => {});
}
