# SPA image: build with Node 20, serve with nginx (SPA fallback, /api and /q proxied to the
# backend, /config.json written at container start from the environment).
# Build context: the repository root (the build generates API types from ../openapi.yaml).
#   docker build -f deploy/docker/frontend.Dockerfile -t synergia-frontend .

FROM node:20 AS build
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY frontend/ ./
RUN npm run build

FROM nginx:stable
# nginx's entrypoint runs envsubst on /etc/nginx/templates/*.template (only variables that
# are set, so nginx's own $uri etc. stay) and then the scripts in /docker-entrypoint.d/.
COPY deploy/docker/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY deploy/docker/nginx/40-synergia-config.sh /docker-entrypoint.d/40-synergia-config.sh
RUN chmod 0755 /docker-entrypoint.d/40-synergia-config.sh
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
ENV SYNERGIA_BACKEND_URL=http://backend:8080 \
    SYNERGIA_KEYCLOAK_URL=http://localhost:8180 \
    SYNERGIA_REALM=synergia \
    SYNERGIA_CLIENT_ID=synergia-spa
EXPOSE 80
