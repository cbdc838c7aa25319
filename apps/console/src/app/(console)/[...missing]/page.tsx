import { notFound } from 'next/navigation';

// Any path no route claims: answered with the console's own 404 page (../not-found.tsx), inside the console layout.
export default function Page(): never {
  notFound();
}
