/** Types of jwt-secret.mjs, for the tests that import it. */
export declare const jwtSecretFile: string;
export declare function keptJwtSecret(file?: string): string;
