# Makes the experiment a git repository on `main`, with a branch `feature` whose only
# change is to shapes/src/lib.rs, and leaves `main` checked out.
set -e
git init -q -b main
git -c user.name=lab -c user.email=lab@localhost add -A
git -c user.name=lab -c user.email=lab@localhost commit -q -m "main"
git switch -q -c feature
sed -i 's/side \* side/side.pow(2)/' shapes/src/lib.rs
git -c user.name=lab -c user.email=lab@localhost commit -q -am "feature: use pow"
git switch -q main
echo "on main; feature changes shapes/src/lib.rs"
