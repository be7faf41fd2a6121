#!/usr/bin/env python3
"""Draws fresh known-item queries, of the kinds the development sets hold, from posts those sets never
ask for: a check that a ranking tuned on the development sets holds on queries it has never seen.

Usage: fresh-queries.py CORPORA_DIR EVAL_DIR OUT_DIR [SEED] [CORPUS...]
Writes OUT_DIR/CORPUS-fresh-title.tsv and OUT_DIR/CORPUS-fresh-content.tsv (QUERY<TAB>SOURCE_PATH<TAB>TITLE,
as `blogsearch eval` reads them), 200 queries each at most, of posts in a random order (SEED, default 11):
- title: 2 to 4 of the title's words, in order, lower-cased, common words left out (a half-remembered
  title); for a Chinese corpus (its name ends in -zh), 4 consecutive Han characters of the title;
- content: 3 words of the body that are not in the title and that few posts hold (a remembered passage).
A post that a set of EVAL_DIR already asks for is skipped. Default corpora: chrome-developers, rust-blog,
hugo-docs (which no development set covers) and servicemesher-zh. Then, for example:

  java -jar target/blogsearch.jar eval OUT_DIR --corpora CORPORA_DIR
  java -cp target/blogsearch.jar src/bench/BareLucene.java OUT_DIR CORPORA_DIR
"""
import collections, os, random, re, sys

COMMON = set("""a an and are as at be but by for from how i if in into is it its my new no not of on or our
such that the their then there these they this to use using was we what when why will with you your""".split())
QUERIES = 200


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def posts_of(folder):
    """(path relative to the corpus, title, body) of every Markdown file with a title that is no draft."""
    posts = []
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith((".md", ".markdown", ".mdx")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            split = re.match(r"^(---|\+\+\+)\n(.*?)\n\1\n(.*)$", text, re.S)
            if not split:
                continue
            front, body = split.group(2), split.group(3)
            title = re.search(r"^title\s*[:=]\s*(.*)$", front, re.M)
            title = title.group(1).strip().strip("\"'") if title else ""
            if title and not re.search(r"^draft\s*[:=]\s*true", front, re.M):
                posts.append((os.path.relpath(path, folder), title, body))
    return sorted(posts)


def asked_for(eval_dir, corpus):
    """The posts the development sets of CORPUS ask for."""
    paths = set()
    for name in os.listdir(eval_dir):
        if name.startswith(corpus) and name.endswith(".tsv") and not name.endswith("-queries.tsv"):
            with open(os.path.join(eval_dir, name), encoding="utf-8") as f:
                paths.update(line.split("\t")[1] for line in f if "\t" in line)
    return paths


def draw(corpus, posts, skipped, rng):
    held = collections.Counter()
    for _, title, body in posts:
        held.update(set(words(title)) | set(words(body)))
    rare = max(3, len(posts) // 200)
    titles, passages = [], []
    for path, title, body in rng.sample(posts, len(posts)):
        if path in skipped:
            continue
        if corpus.endswith("-zh"):
            runs = [run for run in re.findall(r"[\u4e00-\u9fff]+", title) if len(run) >= 4]
            if runs:
                run = rng.choice(runs)
                start = rng.randrange(len(run) - 3)
                titles.append((run[start:start + 4], path, title))
            continue
        kept = [word for word in words(title) if word not in COMMON]
        if len(kept) >= 2:
            chosen = sorted(rng.sample(range(len(kept)), rng.randint(2, min(4, len(kept)))))
            titles.append((" ".join(kept[i] for i in chosen), path, title))
        in_title = set(words(title))
        distinctive = sorted({word for word in words(body) if word not in in_title and word not in COMMON
                              and len(word) > 3 and not word.isdigit() and held[word] <= rare})
        if len(distinctive) >= 3:
            passages.append((" ".join(rng.sample(distinctive, 3)), path, title))
    return {"title": titles[:QUERIES], "content": passages[:QUERIES]}


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    corpora, eval_dir, out = sys.argv[1:4]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 11
    corpus_names = sys.argv[5:] or ["chrome-developers", "rust-blog", "hugo-docs", "servicemesher-zh"]
    os.makedirs(out, exist_ok=True)
    for corpus in corpus_names:
        posts = posts_of(os.path.join(corpora, corpus))
        for kind, rows in draw(corpus, posts, asked_for(eval_dir, corpus), random.Random(seed)).items():
            if rows:
                with open(os.path.join(out, f"{corpus}-fresh-{kind}.tsv"), "w", encoding="utf-8") as f:
                    f.writelines("\t".join(row) + "\n" for row in rows)
                print(f"{corpus}-fresh-{kind}: {len(rows)} queries")


if __name__ == "__main__":
    main()
