import type { ReactNode } from 'react';
import { ConsoleLayout } from '../../components/console-layout/console-layout';

export default function ConsoleRouteLayout({ children }: { children: ReactNode }) {
  return <ConsoleLayout>{children}</ConsoleLayout>;
}
