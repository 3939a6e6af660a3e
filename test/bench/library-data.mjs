// A realistic library for the 100,000-entry bench: a backup file of `count`
// entries over `months` months (as Settings → Backup writes one), from a
// fixed seed so that every run restores the same file.

const WORDS = `kubernetes rust postgres grafana loki prometheus terraform ansible docker
podman helm istio linkerd envoy nginx caddy traefik kafka redis valkey sqlite duckdb
clickhouse spark flink airflow dagster python golang java kotlin typescript deno bun
node react preact svelte vue angular webassembly wasm llvm compiler garbage collector
latency throughput observability tracing logging metrics alerting incident postmortem
security vulnerability supply chain signing sigstore sbom secrets vault keycloak oauth
passkeys webauthn tls certificates dns bgp ipv6 http3 quic cdn cache edge serverless
lambda functions containers microservices monolith architecture design review testing
fuzzing property benchmarks performance memory leak profiling flamegraph ebpf kernel
linux systemd filesystem zfs btrfs backup restore replication consensus raft paxos
database index query planner migration schema versioning release semver changelog
continuous delivery deployment canary rollout feature flags gitops argo flux jenkins
tekton github gitlab actions pipeline runner cost finops cloud aws azure gcp scaleway
hetzner ovh sovereignty regulation privacy gdpr accessibility design system fonts css
grid flexbox animations browser chromium firefox webkit standards spec proposal`.split(/\s+/);
const NOTE_WORDS = `le la les un une des du de et ou mais donc car pour avec sans dans sur sous
article retour expérience équipe production migration enfin simple rapide lente sécurité
performance coût mesure outil nouveau version sortie annonce guide tutoriel comparatif
très bien utile intéressant approche détaillée pratique the a of and to in for with
explains why how this new release finally great deep dive into about`.split(/\s+/);
const CATEGORIES = [
  'CI/CD',
  'Cloud',
  'Containers',
  'Data',
  'Databases',
  'Dev',
  'Frontend',
  'Kubernetes',
  'Languages',
  'Network',
  'Observabilité',
  'Ops',
  'Performance',
  'Sécurité',
  'Storage',
  'Architecture',
  'Web',
  'Tools',
  'Culture',
  'Testing',
  'Linux',
  'Rust',
  'Go',
  'Python',
  '',
];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The backup file's text, and a few facts the bench searches for. */
export function libraryBackup(count, months = 120) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (list, n) => Array.from({ length: n }, () => pick(list)).join(' ');
  const start = Date.UTC(2016, 0, 1);
  const monthMs = Math.floor(30.44 * 24 * 3_600_000);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const capturedAt = start + Math.floor((i / count) * months * monthMs);
    const date = new Date(capturedAt);
    const monthKey = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    const host = `${pick(WORDS)}${i % 40}.example.org`;
    const title = words(WORDS, 3 + Math.floor(next() * 6));
    entries.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `https://${host}/${i}/${title.replaceAll(' ', '-')}`,
      title: title[0].toUpperCase() + title.slice(1),
      note: words(NOTE_WORDS.concat(WORDS), 8 + Math.floor(next() * 30)),
      tags: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)))],
      category: pick(CATEGORIES),
      monthKey,
      capturedAt,
      updatedAt: capturedAt,
      deletedAt: i % 50 === 49 ? capturedAt + 1000 : null,
      meta: { siteName: host },
    });
  }
  const file = {
    format: 'veille-backup',
    version: 2,
    exportedAt: new Date(start + months * monthMs).toISOString(),
    entries,
    months: [],
  };
  return { text: JSON.stringify(file), months: new Set(entries.map((e) => e.monthKey)).size };
}
