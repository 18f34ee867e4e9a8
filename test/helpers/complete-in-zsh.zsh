# Completes lines in an interactive zsh, as a person pressing TAB does: starts `zsh -f -i` in a
# pseudo-terminal with the completion folder in $fpath, types each line and a TAB, then a key
# whose widget writes the edited line to OUT and clears it.
# Usage: zsh -f complete-in-zsh.zsh FPATH_DIR OUT LINE...
zmodload zsh/zpty
dir=$1 out=$2
shift 2
zpty z 'zsh -f -i'
zpty -w z "PS1='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "_dump() { print -r -- \"\$BUFFER\" >> $out; BUFFER=; }; zle -N _dump; bindkey '^X' _dump; bindkey '^I' complete-word; print READY"
zpty -r z junk '*READY*'
n=0
for line in "$@"; do
  zpty -w -n z "$line"$'\t\C-x'
  (( n++ ))
  for i in {1..100}; do
    [[ -f $out && $(wc -l < $out) -ge $n ]] && break
    sleep 0.1
  done
done
zpty -d z
