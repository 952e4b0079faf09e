// Forge's default packaging bundles handlers from src/ (manifest `index.handler` → src/index.ts); the code lives in functions/.
export { handler } from '../functions/index';
