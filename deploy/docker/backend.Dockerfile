# Backend image: build the Quarkus app with the project's Maven wrapper, run it on a JRE.
# Build context: the repository root (docker-compose.yml sets it).
#   docker build -f deploy/docker/backend.Dockerfile -t synergia-backend .

FROM eclipse-temurin:17-jdk AS build
# mvnw fetches its pinned Maven with curl or wget (and unzip or tar)
RUN command -v curl >/dev/null || command -v wget >/dev/null \
    || (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*)
WORKDIR /src/backend
COPY backend/.mvn/ .mvn/
COPY backend/mvnw backend/pom.xml ./
# dependencies in their own layer, reused while pom.xml does not change
RUN ./mvnw -B -q dependency:go-offline || true
COPY backend/src/ src/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --no-create-home --shell /usr/sbin/nologin synergia
WORKDIR /deployments
COPY --from=build --chown=1001:0 /src/backend/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001:0 /src/backend/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001:0 /src/backend/target/quarkus-app/app/ app/
COPY --from=build --chown=1001:0 /src/backend/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080
# Profile prod: every URL and secret comes from the environment (see docker-compose.yml):
# QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD,
# QUARKUS_OIDC_AUTH_SERVER_URL, SYNERGIA_SPA_ORIGIN, SYNERGIA_DEMO_DATA_ENABLED
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
