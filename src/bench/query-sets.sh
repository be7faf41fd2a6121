# Sourced by the benchmark scripts: picks the reader's workload for a corpus. Defines
#   query_sets NAME CORPORA EVAL_DIR ALL_QUERIES
# which writes to ALL_QUERIES every query of the sets of EVAL_DIR that belong to corpus NAME (the
# corpus folder of CORPORA with the longest name that begins the set's name, as BareLucene.java
# decides): the queries of each known-item set NAME.tsv, the judged claims of NAME-queries.tsv +
# NAME-judgments.txt; and sets the array `sets` to the names of those sets. And
#   multi_word ALL_QUERIES QUERIES
# which keeps the queries of two or more words (or two or more Han characters).

query_sets() {
  local name=$1 corpora=$2 eval_dir=$3 out=$4 file set judgments
  sets=()
  : > "$out"
  for file in "$eval_dir"/*.tsv; do
    [ -f "$file" ] || continue
    set=$(basename "$file" .tsv)
    judgments=$eval_dir/${set%-queries}-judgments.txt
    if [[ $set == *-queries && -f $judgments ]]; then
      set=${set%-queries}
      [ "$(corpus_of "$set" "$corpora")" = "$name" ] || continue
      # The judged claims, as `blogsearch eval` reads them: ID <TAB> CLAIM, only the IDs with judgments.
      awk 'NR == FNR {judged[$1]; next} $1 in judged {print $2}' "$judgments" FS='\t' "$file" >> "$out"
    else
      [ "$(corpus_of "$set" "$corpora")" = "$name" ] || continue
      cut -f1 "$file" >> "$out"
    fi
    sets+=("$set")
  done
}

# The corpus folder a set belongs to: the one with the longest name that begins the set's name.
corpus_of() {
  local owner="" dir candidate
  for dir in "$2"/*/; do
    candidate=$(basename "$dir")
    if [[ $1 == "$candidate"* && ${#candidate} -gt ${#owner} ]]; then owner=$candidate; fi
  done
  echo "$owner"
}

multi_word() {
  LC_ALL=C.UTF-8 grep -P '\S\s+\S|\p{Han}.*\p{Han}' "$1" > "$2"
}
