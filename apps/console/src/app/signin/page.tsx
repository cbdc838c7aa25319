import type { Metadata } from 'next';
import { SignInPage } from '../../features/auth/sign-in/sign-in-page';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInRoute() {
  return <SignInPage />;
}
