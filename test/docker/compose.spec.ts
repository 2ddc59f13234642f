import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  networks?: Record<string, { ipv4_address: string }> | string[];
  command?: string;
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const load = (file: string): ComposeFile => parse(readFileSync(new URL(`../../docker/${file}`, import.meta.url), 'utf8'), { merge: true });
const single = load('compose.yml');
const cluster = load('compose.cluster.yml');
const nodes = ['esdb-node1', 'esdb-node2', 'esdb-node3'];
const apps = ['app-1', 'app-2'];
const service = (compose: ComposeFile, name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`compose file has no service ${name}`);
  return found;
};
const env = (compose: ComposeFile, name: string) => service(compose, name).environment ?? {};

describe('docker/compose.yml: one EventStoreDB node and the app', () => {
  it('has exactly the EventStoreDB node and the app', () => {
    expect(Object.keys(single.services).sort()).toEqual(['app', 'eventstoredb']);
  });

  it('pins every image to a version, never latest', () => {
    for (const { image } of Object.values(single.services)) expect(image).toMatch(/^[\w./-]+:\d[\w.-]*$|^dispute-ledger:local$/);
    expect(service(single, 'eventstoredb').image).toBe('eventstore/eventstore:24.10');
  });

  it('runs the node insecure, for local use only, with its data in a volume', () => {
    expect(env(single, 'eventstoredb')).toMatchObject({ EVENTSTORE_INSECURE: 'true', EVENTSTORE_CLUSTER_SIZE: '1' });
    expect(service(single, 'eventstoredb').volumes).toContain('esdb-data:/var/lib/eventstore');
  });

  it('points the app at the node without TLS, starts it once the node is healthy, and keeps its data in /data', () => {
    const app = service(single, 'app');
    expect(app.environment).toMatchObject({
      EVENT_STORE: 'eventstoredb',
      ESDB_CONNECTION_STRING: 'esdb://eventstoredb:2113?tls=false',
      DATA_DIR: '/data',
      HOST: '0.0.0.0',
    });
    expect(app.depends_on).toEqual({ eventstoredb: { condition: 'service_healthy' } });
    expect(app.volumes).toEqual(['app-data:/data', 'app-erasures:/erasures']);
    expect(app.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(app.ports).toContain('127.0.0.1:4000:4000');
  });
});

describe('docker/compose.cluster.yml: three TLS nodes and two app replicas', () => {
  it('has the certificate generator, three nodes and two app replicas', () => {
    expect(Object.keys(cluster.services).sort()).toEqual(['app-1', 'app-2', 'cert-gen', ...nodes].sort());
  });

  it('pins the same EventStoreDB version as the single node, and the certificate tool', () => {
    for (const node of nodes) expect(service(cluster, node).image).toBe(service(single, 'eventstoredb').image);
    expect(service(cluster, 'cert-gen').image).toMatch(/^eventstore\/es-gencert-cli:\d+\.\d+\.\d+$/);
  });

  it.each(nodes.map((node, index) => [node, index + 1] as const))(
    'configures %s as member %i of a secure three-node cluster',
    (node, number) => {
      const variables = env(cluster, node);
      const address = `172.30.240.1${number}`;
      expect(variables).toMatchObject({
        EVENTSTORE_CLUSTER_SIZE: '3',
        EVENTSTORE_TRUSTED_ROOT_CERTIFICATES_PATH: '/certs/ca',
        EVENTSTORE_CERTIFICATE_FILE: `/certs/node${number}/node.crt`,
        EVENTSTORE_CERTIFICATE_PRIVATE_KEY_FILE: `/certs/node${number}/node.key`,
        EVENTSTORE_REPLICATION_IP: address,
        EVENTSTORE_ADVERTISE_HOST_TO_CLIENT_AS: node,
      });
      expect(variables.EVENTSTORE_INSECURE).toBeUndefined();
      const seeds = variables.EVENTSTORE_GOSSIP_SEED?.split(',') ?? [];
      expect(seeds.sort()).toEqual([1, 2, 3].filter((other) => other !== number).map((other) => `172.30.240.1${other}:2113`));
      expect(service(cluster, node).networks).toEqual({ cluster: { ipv4_address: address } });
      expect(service(cluster, node).depends_on).toEqual({ 'cert-gen': { condition: 'service_completed_successfully' } });
      expect(service(cluster, node).volumes).toContain(`${node}-data:/var/lib/eventstore`);
    },
  );

  it.each(nodes.map((node, index) => [node, index + 1] as const))(
    'issues %s a certificate for the address and name the others and the apps use',
    (node, number) => {
      const command = service(cluster, 'cert-gen').command ?? '';
      expect(command).toContain('es-gencert-cli create-ca');
      // $$n is compose's escape for the shell loop variable $n.
      const forThisNode = command.replaceAll('$$n', String(number));
      const { ipv4_address: address } = (service(cluster, node).networks as Record<string, { ipv4_address: string }>).cluster!;
      expect(forThisNode).toContain(`-out ./node${number} -ip-addresses 127.0.0.1,${address} -dns-names localhost,${node}`);
    },
  );

  it.each(apps)('points %s at all three nodes over TLS with the generated CA, after they are healthy', (app) => {
    const variables = env(cluster, app);
    expect(variables.EVENT_STORE).toBe('eventstoredb');
    const connection = variables.ESDB_CONNECTION_STRING ?? '';
    expect(connection).toMatch(/^esdb:\/\/admin:\$\{ESDB_ADMIN_PASSWORD:-changeit\}@esdb-node1:2113,esdb-node2:2113,esdb-node3:2113\?/);
    expect(connection).toContain('tls=true');
    expect(connection).toContain('tlsCAFile=/certs/ca/ca.crt');
    expect(service(cluster, app).volumes).toContain('esdb-certs:/certs:ro');
    expect(Object.keys(service(cluster, app).depends_on ?? {}).sort()).toEqual(nodes);
    for (const variable of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'])
      expect(variables[variable]).toMatch(new RegExp(`^\\$\\{${variable}:\\?`));
  });

  it('gives each app replica its own data volume for its read model', () => {
    const dataVolumes = apps.map((app) => service(cluster, app).volumes?.find((volume) => volume.endsWith(':/data')));
    expect(dataVolumes).toEqual(['app-1-data:/data', 'app-2-data:/data']);
    expect(Object.keys(cluster.volumes)).toEqual(expect.arrayContaining(['app-1-data', 'app-2-data', 'esdb-certs']));
    for (const app of apps) expect(env(cluster, app).DATA_DIR).toBe('/data');
  });

  it('has both replicas share one volume for the personal-data keys and the secrets (SHARED_DIR)', () => {
    // A person recorded through one replica must be readable through the other, under the same pseudonym.
    const sharedVolumes = apps.map((app) => service(cluster, app).volumes?.filter((volume) => volume.endsWith(':/shared')));
    expect(sharedVolumes).toEqual([['app-shared:/shared'], ['app-shared:/shared']]);
    for (const app of apps) expect(env(cluster, app).SHARED_DIR).toBe('/shared');
    expect(Object.keys(cluster.volumes)).toContain('app-shared');
  });

  it('has both replicas keep one erasure register, on a volume of its own that no backup or restore of the data touches', () => {
    const registers = apps.map((app) => service(cluster, app).volumes?.filter((volume) => volume.endsWith(':/erasures')));
    expect(registers).toEqual([['app-erasures:/erasures'], ['app-erasures:/erasures']]);
    expect(Object.keys(cluster.volumes)).toContain('app-erasures');
  });
});
