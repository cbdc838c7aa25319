'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { usePathname, useRouter } from 'next/navigation';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';

const BREADCRUMBS = [{ text: 'IAM', href: '/' }];

/** A path no page answers, inside the console (navigation and identity menu kept), with the way back. */
export function NotFoundPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const router = useRouter();
  const pathname = usePathname();
  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <Container>
        <SpaceBetween size="m">
          <Box variant="p">
            There is no page at <Box variant="code">{pathname}</Box>. It may have been deleted, or the address may be mistyped.
          </Box>
          <Button variant="primary" onClick={() => router.push('/')}>
            Go to the IAM dashboard
          </Button>
        </SpaceBetween>
      </Container>
    </ContentLayout>
  );
}
