# Rollcall on the official WildFly image. Build the WAR first (mvn -B verify), then:
#   docker build -t rollcall .
#   docker run -p 8080:8080 -e ROLLCALL_DB_URL=jdbc:mariadb://db:3306/rollcall \
#     -e ROLLCALL_DB_USER=rollcall -e ROLLCALL_DB_PASSWORD=... -e ROLLCALL_ADMIN_PASSWORD=... \
#     -e ROLLCALL_SMTP_HOST=smtp.example.org -v rollcall-data:/var/lib/rollcall rollcall
FROM quay.io/wildfly/wildfly:39.0.1.Final-jdk17

USER root
# JasperReports needs fontconfig and a system font for layout; the PDFs embed DejaVu Sans
RUN if command -v microdnf >/dev/null; then microdnf install -y fontconfig dejavu-sans-fonts && microdnf clean all; \
    elif command -v dnf >/dev/null; then dnf install -y fontconfig dejavu-sans-fonts && dnf clean all; \
    else apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core && rm -rf /var/lib/apt/lists/*; fi \
 && mkdir -p /var/lib/rollcall && chown jboss:jboss /var/lib/rollcall

# The same server configuration as the build's target/server: driver module, datasource, mail, Elytron realm
COPY --chown=jboss:jboss target/server-drivers/mariadb-java-client.jar /tmp/rollcall/mariadb-java-client.jar
COPY --chown=jboss:jboss src/main/wildfly/configure-server.cli /tmp/rollcall/configure-server.cli
USER jboss
RUN /opt/jboss/wildfly/bin/jboss-cli.sh --file=/tmp/rollcall/configure-server.cli \
      -Drollcall.driver.jar=/tmp/rollcall/mariadb-java-client.jar \
 && rm -rf /opt/jboss/wildfly/standalone/configuration/standalone_xml_history

COPY --chown=jboss:jboss target/rollcall.war /opt/jboss/wildfly/standalone/deployments/rollcall.war

# The JVM options the printout benchmark measured (README, Benchmarks): a 512 MB code cache, and a JIT that does
# not hold back its second tier while its queue is long. WildFly's standalone.conf puts JBOSS_JAVA_SIZING into its
# default JAVA_OPTS (checked with this WildFly version's bin/standalone.conf); override it with -e to size the heap
ENV JBOSS_JAVA_SIZING="-Xms256m -Xmx2g -XX:ReservedCodeCacheSize=512m -XX:Tier4LoadFeedback=1000"
ENV ROLLCALL_DATA_DIR=/var/lib/rollcall
VOLUME /var/lib/rollcall
EXPOSE 8080
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0"]
