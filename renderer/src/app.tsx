/**
 * Top level: the start screen or an open project. On load it opens the report the app was
 * launched with (file association), or resumes a project still open in this window (the page was
 * reloaded, e.g. after a renderer crash).
 */
import { useEffect, useState } from 'react';
import type { ProjectSnapshot } from '../../shared/ipc/contract';
import { t } from '../../shared/i18n';
import { useApi } from './ipc/api-context';
import { errorMessage } from './ipc/error-message';
import { ProjectScreen } from './project/project-screen';
import { StartScreen } from './start/start-screen';

type Screen =
  | { readonly kind: 'loading' }
  | { readonly kind: 'start'; readonly error: string | null }
  | { readonly kind: 'project'; readonly snapshot: ProjectSnapshot };

export function App() {
  const api = useApi();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    // A report double-clicked in the file manager comes first; otherwise resume what is open.
    const resume = async (): Promise<ProjectSnapshot | null> => {
      const launchFile = await api.app.takeLaunchFile({});
      return launchFile ? api.project.open({ file: launchFile.handle }) : api.project.current({});
    };
    resume()
      .then((snapshot) => live && setScreen(snapshot ? { kind: 'project', snapshot } : { kind: 'start', error: null }))
      .catch((error: unknown) => live && setScreen({ kind: 'start', error: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    // The project screen names the window after the report; everywhere else it is the app.
    if (screen.kind !== 'project') document.title = t('app.name');
  }, [screen]);

  switch (screen.kind) {
    case 'loading':
      return <div className="app-loading">{t('app.loading')}</div>;
    case 'start':
      return <StartScreen initialError={screen.error} onOpened={(snapshot) => setScreen({ kind: 'project', snapshot })} />;
    case 'project':
      return (
        <ProjectScreen
          key={screen.snapshot.path}
          initial={screen.snapshot}
          onClosed={(error) => setScreen({ kind: 'start', error })}
        />
      );
  }
}
