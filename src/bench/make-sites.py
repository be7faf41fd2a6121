#!/usr/bin/env python3
"""Makes many small blogs from real ones, for src/bench/many-sites.sh.

Usage: make-sites.py CORPORA_DIR OUT_DIR SITES
Writes OUT_DIR/sites/sN/ (5 to 20 posts each, copied from the English Markdown posts of the corpora,
drawn with a fixed seed so every run makes the same sites), OUT_DIR/blogsearch.toml naming every site,
and OUT_DIR/queries.tsv: for every site, two queries of two or three words taken from the titles of its
own posts ("sN<TAB>words").
"""
import os, random, re, shutil, sys

corpora, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(20261202)
posts = []
for corpus in ("chrome-developers", "rust-blog", "rust-blog-2025-03", "hugo-docs", "tz70s-blog"):
    for root, _, files in os.walk(os.path.join(corpora, corpus)):
        if "/site/" in root and "/site/en" not in root:
            continue  # translations
        for name in files:
            if name.endswith(".md") and not name.startswith("_"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    head = f.read(4000)
                title = re.search(r'^title\s*[:=]\s*["\']?(.+?)["\']?\s*$', head, re.M)
                if title:
                    posts.append((path, title.group(1)))
posts.sort()
sites_dir = os.path.join(out, "sites")
os.makedirs(sites_dir, exist_ok=True)
with open(os.path.join(out, "blogsearch.toml"), "w") as config, \
        open(os.path.join(out, "queries.tsv"), "w") as queries:
    for n in range(1, count + 1):
        site = f"s{n}"
        folder = os.path.join(sites_dir, site)
        os.makedirs(folder, exist_ok=True)
        chosen = rng.sample(posts, rng.randint(5, 20))
        for i, (path, _) in enumerate(chosen):
            shutil.copyfile(path, os.path.join(folder, f"post-{i}.md"))
        config.write(f'[sites.{site}]\ncontent = "{folder}"\n\n')
        for _, title in rng.sample(chosen, 2):
            words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9+#.-]*", title) if len(w) > 2]
            if len(words) >= 2:
                start = rng.randint(0, max(0, len(words) - 3))
                queries.write(f"{site}\t{' '.join(words[start:start + rng.randint(2, 3)])}\n")
print(f"{count} sites from {len(posts)} posts in {out}")
