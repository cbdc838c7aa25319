import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInPage } from '../../features/auth/sign-in/sign-in-page';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInRoute() {
  // The page reads ?account= from the URL, which only exists in the browser.
  return (
    <Suspense>
      <SignInPage />
    </Suspense>
  );
}
