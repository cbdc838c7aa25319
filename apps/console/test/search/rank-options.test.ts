import { listServices } from '@gatehouse/evaluator/catalog';
import { rankOptions } from '../../src/components/search/rank-options';

const services = listServices()
  .map((service) => ({ value: service.prefix, label: service.name, tags: [service.prefix] }))
  .sort((a, b) => a.label.localeCompare(b.label));

describe('ranking a search among choices', () => {
  it('puts the exact service before those that only contain the word', () => {
    const found = rankOptions(services, 'Lambda').map((option) => option.label);
    expect(found[0]).toBe(services.find((service) => service.value === 'lambda')!.label);
    expect(found).toContain('Amazon S3 Object Lambda');
  });

  it('ranks exact, then prefix, then word prefix, then anywhere, keeping the given order among equals', () => {
    const options = [
      { label: 'Amazon S3 Object Lambda', value: 's3-object-lambda' },
      { label: 'Lambdaesque', value: 'x' },
      { label: 'AWS Lambda', value: 'lambda' },
      { label: 'Parlambda', value: 'y' },
      { label: 'Unrelated', value: 'z' },
    ];
    expect(rankOptions(options, 'lambda').map((option) => option.value)).toEqual(['lambda', 'x', 's3-object-lambda', 'y']);
    expect(rankOptions(options, 's3').map((option) => option.value)).toEqual(['s3-object-lambda']);
    expect(rankOptions(options, '  ')).toHaveLength(5);
  });

  it('finds a service by its prefix, as typed in a policy', () => {
    expect(rankOptions(services, 'iam')[0]?.value).toBe('iam');
  });
});
