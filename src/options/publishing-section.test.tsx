// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { PublishError } from '../app/publish/errors';
import { PublishingSection } from './publishing-section';

afterEach(cleanup);

async function fill(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.input(await screen.findByLabelText(label), { target: { value } });
  }
}

const connect = () => fireEvent.click(screen.getByRole('button', { name: 'Connect repository' }));

it('asks host access from the click, saves the settings and the token, and lists the branches', async () => {
  const deps = fakeOptionsDeps();
  deps.publishing.connect.mockResolvedValue(['main', 'veille/2019-02']);
  render(<PublishingSection deps={deps} />);
  expect((await screen.findByLabelText('Branch')) as HTMLInputElement).toHaveProperty(
    'value',
    'main',
  );
  await fill({
    'Repository address': 'https://git.example.org/ana/blog.git',
    Token: ' tok-1 ',
    'Posts folder': '/content/posts/',
  });
  expect(screen.getByLabelText('Token')).toHaveProperty('type', 'password');
  connect();
  // Asked during the click itself, before anything was awaited.
  expect(deps.publishing.requestHostAccess).toHaveBeenCalledWith('https://git.example.org/*');
  expect(await screen.findByText(/Connected: Veille may push/)).toHaveProperty(
    'textContent',
    'Connected: Veille may push to this repository (branches: main, veille/2019-02).',
  );
  expect(deps.publishing.stored).toEqual({
    settings: {
      repository: 'https://git.example.org/ana/blog.git',
      branch: 'main',
      postsFolder: 'content/posts',
    },
    token: 'tok-1',
  });
  expect(deps.publishing.connect).toHaveBeenCalledWith({
    repository: 'https://git.example.org/ana/blog.git',
    branch: 'main',
    postsFolder: 'content/posts',
    token: 'tok-1',
  });
});

it('names every wrong field, and saves and asks nothing', async () => {
  const deps = fakeOptionsDeps();
  render(<PublishingSection deps={deps} />);
  await fill({ 'Repository address': 'http://git.example.org/blog', 'Posts folder': '../up' });
  connect();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Veille publishes over HTTPS only');
  expect(alert.textContent).toContain('The posts folder must be a path inside the site');
  expect(alert.textContent).toContain('Paste a token that may push.');
  expect(deps.publishing.requestHostAccess).not.toHaveBeenCalled();
  expect(deps.publishing.stored.token).toBe('');
});

it('says host access is needed when the author refuses it, and saves nothing', async () => {
  const deps = fakeOptionsDeps();
  deps.publishing.requestHostAccess.mockResolvedValue(false);
  render(<PublishingSection deps={deps} />);
  await fill({ 'Repository address': 'https://git.example.org/blog.git', Token: 'tok' });
  connect();
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Veille needs access to https://git.example.org to publish there: allow it when the browser asks.',
  );
  expect(deps.publishing.stored.token).toBe('');
  expect(deps.publishing.connect).not.toHaveBeenCalled();
});

it('says plainly that the token was refused', async () => {
  const deps = fakeOptionsDeps();
  deps.publishing.connect.mockRejectedValue(new PublishError('auth', 'HTTP Error: 401'));
  render(<PublishingSection deps={deps} />);
  await fill({ 'Repository address': 'https://git.example.org/blog.git', Token: 'tok' });
  connect();
  expect((await screen.findByRole('alert')).textContent).toBe(
    'The repository refused the token (401): check it, or make a new one.',
  );
});
