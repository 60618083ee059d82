"""What the credit-information benchmarks share: one client on one loopback connection, tokens minted by the jar,
valid credit codes, the product pool they publish and the way they time a call."""
import http.client
import json
import random
import subprocess
import time

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    """A unified social credit code (GB 32100-2015) with its check character, from its first 17 characters."""
    s = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - s % 31) % 31]


def numbered_credit_code(region, n):
    """The n-th code of a region: distinct for every n below 31 ** 9."""
    return credit_code("91" + region + "".join(ALPHABET[(n // 31 ** i) % 31] for i in range(9)))


def random_credit_code(region):
    return credit_code("91" + region + "".join(random.choice(ALPHABET) for _ in range(9)))


class Service:
    """The service under test: JSON calls as one client in a closed loop, tokens minted by its jar."""

    def __init__(self, port, jar):
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.jar = jar

    def token(self, *args):
        return subprocess.run(["java", "-jar", self.jar, "token", *args], capture_output=True, text=True,
                              check=True).stdout.strip()

    def call(self, method, path, tok, body=None, expect=(200, 201)):
        """Calls with a body that is a dict (sent as JSON) or bytes already encoded; answers the parsed JSON."""
        headers = {"Authorization": "Bearer " + tok}
        if body is not None:
            headers["Content-Type"] = "application/json"
            if not isinstance(body, bytes):
                body = json.dumps(body, ensure_ascii=False).encode()
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        if r.status not in expect:
            raise RuntimeError(f"{method} {path}: {r.status} {data[:300]}")
        return json.loads(data) if data else None


def percentile(sorted_values, q):
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def timed(calls, warmup, path, send):
    """Calls send(path()) warmup times untimed, then calls times; answers (p50, p99, max) in milliseconds."""
    for _ in range(warmup):
        send(path())
    times = []
    for _ in range(calls):
        p = path()
        start = time.perf_counter()
        send(p)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return percentile(times, 0.5), percentile(times, 0.99), times[-1]


def regions(svc, admin):
    """Every region of the register, walked from the provinces down."""
    found, parents = [], [None]
    while parents:
        parent = parents.pop()
        items = svc.call("GET", "/api/v1/regions" + ("" if parent is None else f"?parent={parent}"), admin)["items"]
        found += items
        parents += [r["code"] for r in items if r["level"] != "COUNTY"]
    return found


def publish_pool(svc, admin, products, banks, region_list):
    """Publishes products of banks banks, about 60% pure credit as the published pools, each serving one to three
    regions of region_list; answers the banks' ids and tokens."""
    codes = [r["code"] for r in region_list]
    bank_ids = [svc.call("POST", "/api/v1/banks", admin, {"name": f"银行{i}", "creditCode": random_credit_code("620300"),
                "regionCode": "620300", "type": "CITY_COMMERCIAL"})["id"] for i in range(banks)]
    bank_tokens = {b: svc.token("bank", b) for b in bank_ids}
    kinds = ["PURE_CREDIT"] * 6 + ["RECEIVABLES"] * 2 + ["PLEDGE", "GUARANTEE"]
    for i in range(products):
        bank = bank_ids[i % banks]
        low = round(random.uniform(2.8, 6.0), 2)
        body = {"name": f"产品{i}", "kind": random.choice(kinds), "rateMin": low,
                "rateMax": round(low + random.uniform(0, 2), 2),
                "maxAmount": random.choice([500000, 1000000, 3000000, 5000000, 10000000]),
                "maxTermDays": random.choice([90, 180, 365, 730]),
                "regionCodes": random.sample(codes, random.randint(1, 3)), "fullyOnline": random.random() < 0.7}
        grade = random.choice([None, None, "A", "B", "M", "C"])
        if grade:
            body["minTaxGrade"] = grade
        svc.call("POST", "/api/v1/products", bank_tokens[bank], body)
    return bank_ids, bank_tokens


def pool_cases(svc, supplier_token, bank_token, dashboard_token, region_list):
    """The product-pool calls timed: (name, token, path maker)."""
    counties = [r["code"] for r in region_list if r["level"] == "COUNTY"]
    provinces = [r["code"] for r in region_list if r["level"] == "PROVINCE"]
    return [
        ("supplier, own region, no filter", supplier_token, lambda: "/api/v1/products"),
        ("supplier, every filter", supplier_token,
         lambda: "/api/v1/products?kind=PURE_CREDIT&amount=1000000&termDays=180&maxRate=5&fullyOnline=true&taxGrade=B"),
        ("bank, random county, kind and grade", bank_token,
         lambda: f"/api/v1/products?regionCode={random.choice(counties)}&kind=PURE_CREDIT&taxGrade=M"),
        ("bank, whole pool, sorted by amount", bank_token, lambda: "/api/v1/products?sort=maxAmount,desc&size=50"),
        ("dashboard, pool figures of a province", dashboard_token,
         lambda: f"/api/v1/product-pool/regions/{random.choice(provinces)}"),
    ]
