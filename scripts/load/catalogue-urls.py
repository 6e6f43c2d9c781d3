#!/usr/bin/env python3
# 1,000 distinct catalogue searches (text, facets, years, orders and pages mixed) for the load scripts, so no repeated
# request is measured. Usage: catalogue-urls.py OUTPUT [PATH]   (PATH: /catalogue, /api/v1/entries, /feeds/catalogue.atom)
import random, sys, urllib.parse
path = sys.argv[2] if len(sys.argv) > 2 else "/catalogue"
random.seed(14)
words = ["education", "refugee", "children", "school", "vocational", "language", "teacher training", "integration",
         "digital", "migrant", "refugee children", "inclusive", "scholarships", "literacy", "returning migrants",
         "xenophobia", "mobility", "psychosocial", "early childhood", "recognition", "educ", "vocat", "childern"]
targets = ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"]
kinds = ["publication", "programme", "event", "tool", "research"]
regions = ["002", "019", "142", "150", "009", "145", "419", "202", "034", "155"]
countries = ["TR", "DE", "CO", "JO", "LB", "KE", "ET", "BD", "MX", "US", "FR", "UG", "NG", "PK", "SY"]
sorts = ["relevance", "newest", "title", "updated"]
urls = set()
while len(urls) < 1000:
    query = []
    if random.random() < 0.6: query.append(("q", random.choice(words)))
    for key, values, p in (("sdg", targets, .5), ("kind", kinds, .35), ("region", regions, .25), ("country", countries, .2)):
        if random.random() < p:
            query += [(key, v) for v in random.sample(values, random.choice([1, 1, 2]))]
    if random.random() < 0.2: query.append(("gcm", str(random.randint(1, 23))))
    if random.random() < 0.15: query.append(("from", str(random.randint(2000, 2020))))
    if random.random() < 0.2: query.append(("sort", random.choice(sorts)))
    if random.random() < 0.2: query.append(("page", str(random.randint(2, 20))))
    urls.add(path + "?" + urllib.parse.urlencode(query) if query else path)
open(sys.argv[1], "w").write("\n".join(sorted(urls)) + "\n")
