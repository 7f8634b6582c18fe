# The actorgraph app image for docker-compose.yml: it talks to the Neo4j container through NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Dev dependencies are needed to build the client (Vite) and to run TypeScript (tsx).
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npx vite build --config client/vite.config.ts
EXPOSE 3000
USER node
# Node flags as `npm start` gives them (server/heap-growth.ts, SERVER_NODE_FLAGS).
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "scripts/start.ts"]
