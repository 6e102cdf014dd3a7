import { Alert, AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useRoutePath } from '../../../app/router';
import type { Me } from '../../auth/types';
import { useLiveInbox } from '../../exchange/live';
import { MainNav } from './main-nav';
import { PageOutlet } from './page-outlet';
import { ShellHeader } from './shell-header';

type AppLayoutProps = { me: Me };

/** The signed-in frame: header, side navigation and the current page. */
export const AppLayout = ({ me }: AppLayoutProps) => {
  const { t } = useTranslation();
  const path = useRoutePath();
  const [isNavOpened, nav] = useDisclosure(false);
  useLiveInbox();
  const isAdministrator = me.roles.includes('administrator');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !isNavOpened } }}
      padding="md"
    >
      <AppShell.Header data-testid="app-header">
        <ShellHeader me={me} isNavOpened={isNavOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <MainNav currentPath={path} isAdministrator={isAdministrator} onNavigate={nav.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {me.demoMode && (
          <Alert color="yellow" variant="light" mb="md" data-testid="demo-notice">
            {t('shell.demo.notice')}
          </Alert>
        )}
        <PageOutlet me={me} path={path} isAdministrator={isAdministrator} />
      </AppShell.Main>
    </AppShell>
  );
};
