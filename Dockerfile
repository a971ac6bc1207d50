# One image for every app of bma-kpi; the container command picks the app, e.g.
#   node tools/run.mjs apps/indicators-service/src/main.ts
# docker-compose.yml and deploy/kubernetes both use it.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The postinstall script generates the Prisma clients from schemas that are not copied yet.
RUN npm ci --ignore-scripts
COPY . .
RUN node tools/prisma-generate.mjs

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# NOTE: the apps run from TypeScript source through @swc-node/register, which needs the
# typescript package (a devDependency) at run time, so the image keeps every dependency.
COPY --from=build --chown=node:node /app /app
# The node user (uid 1000) of the base image; Kubernetes runAsNonRoot checks the numeric id.
USER 1000
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "tools/run.mjs", "apps/gateway/src/main.ts"]
