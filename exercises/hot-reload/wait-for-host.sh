# Waits (up to a minute) until the running host has written TEXT to target/host.log,
# so that the next step starts only once the host has done what it was waiting for.
text="$1"
for _ in $(seq 1 600); do
  if grep -q "$text" target/host.log 2>/dev/null; then
    echo "the host says: $text"
    exit 0
  fi
  sleep 0.1
done
echo "the host never said: $text"
exit 1
