// Vite bundles the stylesheets a module imports; TypeScript only needs to know such imports exist.
declare module '*.css';
