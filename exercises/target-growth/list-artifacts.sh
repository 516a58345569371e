# Counts what is left in target/debug/deps: itoa's libraries, and any file of app.
set -e
itoa=$(find target/debug/deps -name 'libitoa-*.rlib' | wc -l)
app=$(find target/debug/deps -name '*app*' | wc -l)
echo "itoa libraries: $itoa"
echo "files of app: $app"
