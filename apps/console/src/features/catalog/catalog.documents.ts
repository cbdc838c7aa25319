import { graphql } from '../../gql';

/** The services the operator imported, as documents the evaluator turns into catalog entries (catalog-provider.tsx). */
export const CustomServicesQuery = graphql(`
  query CustomServices {
    customServices {
      prefix
      serviceReference
    }
  }
`);
