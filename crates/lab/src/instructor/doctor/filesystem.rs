//! The target directory's file system: writable, free space, a network file system,
//! the resolution of its timestamps (cargo's freshness compares them), and whether the
//! book server's file watching notices a change there.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::Finding;

/// Below this, a cold build of the real-scale experiments may not fit.
const WARN_FREE_GIB: f64 = 5.0;
/// Below this, even the small experiments may run out of room.
const PROBLEM_FREE_GIB: f64 = 1.0;

/// Network and shared-folder file systems, as `/proc/mounts` names them.
const NETWORK_KINDS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "fuse.sshfs",
    "virtiofs",
    "vboxsf",
    "fuse.vmhgfs-fuse",
    "afs",
    "davfs",
    "fuse.rclone",
];

pub(super) fn check(target: &Path, scratch: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    // The nearest existing directory: a fresh clone has no target/ yet.
    let existing = target
        .ancestors()
        .find(|d| d.is_dir())
        .unwrap_or(Path::new("/"))
        .to_path_buf();
    let probe_dir = match writable_dir(target) {
        Ok(dir) => {
            out.push(Finding::ok(
                "target dir",
                format!("{} is writable", target.display()),
            ));
            dir
        }
        Err(e) => {
            out.push(Finding::problem(
                "target dir",
                format!("cannot write in {}: {e}", target.display()),
                "make it writable, or point CARGO_TARGET_DIR at a directory you own",
            ));
            scratch.to_path_buf()
        }
    };
    match free_gib(&existing) {
        Some(gib) if gib < PROBLEM_FREE_GIB => out.push(Finding::problem(
            "disk",
            format!("{gib:.1} GiB free under {}", existing.display()),
            "free some space (`cargo clean` in old projects frees the most)",
        )),
        Some(gib) if gib < WARN_FREE_GIB => out.push(Finding::warning(
            "disk",
            format!(
                "{gib:.1} GiB free under {}: the real-scale experiments need more",
                existing.display()
            ),
            "free some space (`cargo clean` in old projects frees the most)",
        )),
        Some(gib) => out.push(Finding::ok("disk", format!("{gib:.0} GiB free"))),
        None => {}
    }
    // Linux lists its mounts in /proc/mounts; macOS and the BSDs print them with `mount`.
    let mounts = std::fs::read_to_string("/proc/mounts").ok().or_else(|| {
        duct::cmd!("mount")
            .stderr_null()
            .read()
            .ok()
            .map(|text| bsd_mounts_as_proc(&text))
    });
    if let Some(mounts) = mounts {
        let at = existing.canonicalize().unwrap_or(existing.clone());
        match file_system_kind(&mounts, &at) {
            Some(kind) if NETWORK_KINDS.contains(&kind.as_str()) => out.push(Finding::warning(
                "file system",
                format!("the target directory is on {kind}, a network or shared file system: builds read and write thousands of small files there"),
                "build on a local disk: CARGO_TARGET_DIR=$HOME/.cache/rebuild-lab-target",
            )),
            Some(kind) => out.push(Finding::ok("file system", format!("{kind}, local"))),
            None => {}
        }
    }
    if cfg!(windows) {
        out.push(Finding::warning(
            "antivirus",
            "Windows Defender scans every file a build writes unless the folder is excluded (not checked here)",
            "add an exclusion for the project folder, or put it on a Dev Drive",
        ));
    }
    out.push(timestamps(&probe_dir));
    out.push(watching(&probe_dir));
    out
}

/// A directory under `target` the probes may write in (created, and checked by
/// writing a file).
fn writable_dir(target: &Path) -> std::io::Result<PathBuf> {
    let dir = target.join("rebuild-lab").join("doctor");
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("write-probe");
    std::fs::write(&file, b"probe")?;
    std::fs::remove_file(&file)?;
    Ok(dir)
}

/// Free space in GiB of the file system holding `dir`.
fn free_gib(dir: &Path) -> Option<f64> {
    crate::files::free_bytes(dir).map(|b| b as f64 / (1024.0 * 1024.0 * 1024.0))
}

/// The type of the file system mounted at the longest mount point that contains
/// `path`, from the text of `/proc/mounts`.
fn file_system_kind(mounts: &str, path: &Path) -> Option<String> {
    mounts
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (_, point, kind) = (f.next()?, f.next()?, f.next()?);
            // Spaces in mount points are written as \040.
            let point = PathBuf::from(point.replace("\\040", " "));
            path.starts_with(&point).then(|| (point, kind.to_string()))
        })
        .max_by_key(|(point, _)| point.components().count())
        .map(|(_, kind)| kind)
}

/// `mount`'s lines on macOS (`//me@server/share on /Volumes/share (smbfs, nodev)`)
/// rewritten in /proc/mounts' shape (`//me@server/share /Volumes/share smbfs`).
fn bsd_mounts_as_proc(text: &str) -> String {
    text.lines()
        .filter_map(|l| {
            let (device, rest) = l.split_once(" on ")?;
            let (point, kind) = rest.rsplit_once(" (")?;
            let kind = kind.split([',', ')']).next()?.trim();
            Some(format!(
                "{} {} {kind} -\n",
                device.replace(' ', "\\040"),
                point.replace(' ', "\\040")
            ))
        })
        .collect()
}

/// Whether every one of these modification times falls on a whole second: a file
/// system that keeps only seconds.
fn resolution_is_coarse(times: &[SystemTime]) -> bool {
    !times.is_empty()
        && times.iter().all(|t| {
            t.duration_since(SystemTime::UNIX_EPOCH)
                .is_ok_and(|d| d.subsec_nanos() == 0)
        })
}

fn timestamps(dir: &Path) -> Finding {
    let mut times = Vec::new();
    for i in 0..5 {
        let file = dir.join(format!("time-probe-{i}"));
        if std::fs::write(&file, b"x").is_ok()
            && let Ok(t) = std::fs::metadata(&file).and_then(|m| m.modified())
        {
            times.push(t);
        }
        let _ = std::fs::remove_file(&file);
        std::thread::sleep(Duration::from_millis(3));
    }
    if times.is_empty() {
        return Finding::warning(
            "timestamps",
            "could not write a file to read its time",
            "make the target directory writable",
        );
    }
    match resolution_is_coarse(&times) {
        true => Finding::warning(
            "timestamps",
            "file times here keep whole seconds only: an edit in the same second as a build can look unchanged to cargo",
            "keep projects on a file system with fine timestamps (ext4, btrfs, APFS, NTFS)",
        ),
        false => Finding::ok("timestamps", "sub-second file times"),
    }
}

fn watching(dir: &Path) -> Finding {
    let watched = dir.join("watch-probe");
    let _ = std::fs::remove_dir_all(&watched);
    let file = watched.join("chapter.md");
    if std::fs::create_dir_all(&watched).is_err() || std::fs::write(&file, "one").is_err() {
        return Finding::warning(
            "file watching",
            "could not write a file to watch",
            "make the target directory writable",
        );
    }
    let roots = vec![watched.clone()];
    let before = crate::watch::stamp(&roots);
    // The same size, so only the modification time can tell the change.
    std::thread::sleep(Duration::from_millis(20));
    let _ = std::fs::write(&file, "two");
    let after = crate::watch::stamp(&roots);
    let _ = std::fs::remove_dir_all(&watched);
    let (Ok(before), Ok(after)) = (before, after) else {
        return Finding::warning(
            "file watching",
            "could not read the watched folder back",
            "make the target directory readable",
        );
    };
    match crate::watch::changed(&before, &after) {
        Some(_) => Finding::ok("file watching", "`serve` notices a saved file"),
        None => Finding::warning(
            "file watching",
            "a changed file went unnoticed: `serve` will not reload the book on its own",
            "reload the page by hand after saving, or keep the lab on a local disk",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_file_system_of_the_longest_mount_point() {
        let mounts = "\
/dev/vda / ext4 rw,relatime 0 0
server:/export /home/me/net nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
share /mnt/my\\040files 9p rw 0 0
";
        let kind = |p: &str| file_system_kind(mounts, Path::new(p));
        assert_eq!(kind("/work/lab/target").as_deref(), Some("ext4"));
        assert_eq!(kind("/home/me/net/lab/target").as_deref(), Some("nfs4"));
        assert_eq!(kind("/home/me/network").as_deref(), Some("ext4"));
        assert_eq!(kind("/mnt/my files/lab").as_deref(), Some("9p"));
    }

    #[test]
    fn reads_macos_mount_lines() {
        let text = "\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//me@nas/projects on /Volumes/my projects (smbfs, nodev, nosuid, mounted by me)
";
        let mounts = bsd_mounts_as_proc(text);
        let kind = |p: &str| file_system_kind(&mounts, Path::new(p));
        assert_eq!(kind("/Users/me/lab").as_deref(), Some("apfs"));
        assert_eq!(kind("/Volumes/my projects/lab").as_deref(), Some("smbfs"));
    }

    #[test]
    fn whole_second_times_are_coarse() {
        let at = |s: u64, n: u32| SystemTime::UNIX_EPOCH + Duration::new(s, n);
        assert!(resolution_is_coarse(&[at(10, 0), at(11, 0)]));
        assert!(!resolution_is_coarse(&[at(10, 0), at(11, 5_000)]));
        assert!(!resolution_is_coarse(&[]));
    }
}
