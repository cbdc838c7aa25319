import { NotifiedCache, type ChangeSubscriber } from '@gatehouse/db';

// The cache's own rules, with the notifications it would hear delivered by hand (change-notifications.test.ts has
// the triggers and the listening connection).
interface Key {
  accessKeyId: string;
  userId: string | null;
}

class Notifications {
  listening = true;
  readonly subscribers: ChangeSubscriber[] = [];
  subscribe(subscriber: ChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }
  notify(table: string, key: string): void {
    for (const subscriber of this.subscribers) subscriber.changed(table, key);
  }
}

function setUp(maxEntries?: number) {
  const notifications = new Notifications();
  const cache = new NotifiedCache<Key>(notifications, { table: 'AccessKey', dependsOn: { User: (key) => key.userId }, maxEntries });
  const reads: string[] = [];
  const get = (accessKeyId: string, userId: string | null = 'AIDA1') =>
    cache.get(accessKeyId, async () => {
      reads.push(accessKeyId);
      return { accessKeyId, userId };
    });
  return { notifications, cache, reads, get };
}

test('keeps what it read while listening, and reads every time while not', async () => {
  const { notifications, reads, get } = setUp();
  await get('AKIA1');
  await get('AKIA1');
  expect(reads).toEqual(['AKIA1']);
  notifications.listening = false;
  await get('AKIA1');
  await get('AKIA1');
  expect(reads).toEqual(['AKIA1', 'AKIA1', 'AKIA1']);
});

test('does not keep a row that does not exist', async () => {
  const { cache } = setUp();
  let reads = 0;
  const missing = () => cache.get('AKIA404', async () => (reads++, undefined));
  await missing();
  await missing();
  expect(reads).toBe(2);
});

test('drops an entry when its row changes, or the row of another table it was read with', async () => {
  const { notifications, reads, get } = setUp();
  await get('AKIA1', 'AIDA1');
  await get('AKIA2', 'AIDA2');
  notifications.notify('AccessKey', 'AKIA1');
  notifications.notify('User', 'AIDA2');
  notifications.notify('Group', 'AKIA1');
  await get('AKIA1', 'AIDA1');
  await get('AKIA2', 'AIDA2');
  expect(reads).toEqual(['AKIA1', 'AKIA2', 'AKIA1', 'AKIA2']);
});

test('does not keep a read that a change overlapped: it may predate the change', async () => {
  const { notifications, cache } = setUp();
  let finishRead!: () => void;
  const inFlight = cache.get('AKIA1', () => new Promise<Key>((resolve) => (finishRead = () => resolve({ accessKeyId: 'AKIA1', userId: 'AIDA1' }))));
  notifications.notify('AccessKey', 'AKIA1');
  finishRead();
  await inFlight;
  let reads = 0;
  await cache.get('AKIA1', async () => (reads++, { accessKeyId: 'AKIA1', userId: 'AIDA1' }));
  expect(reads).toBe(1);
});

test('forgets everything on reset, and the oldest entry beyond its bound', async () => {
  const { cache, reads, get } = setUp(2);
  await get('AKIA1');
  await get('AKIA2');
  await get('AKIA3');
  await get('AKIA2');
  await get('AKIA1');
  expect(reads).toEqual(['AKIA1', 'AKIA2', 'AKIA3', 'AKIA1']);
  cache.reset();
  await get('AKIA3');
  expect(reads).toEqual(['AKIA1', 'AKIA2', 'AKIA3', 'AKIA1', 'AKIA3']);
});
