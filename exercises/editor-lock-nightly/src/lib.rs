//! Eight hundred small functions over one number type, so that an edit to that type
//! makes both a check and a build redo real work.

/// The number type every step works in.
pub type Num = u64;

/// Step 0 of the pipeline.
pub fn step_0(x: Num) -> Num {
    let pairs = [(x, 0 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 1 of the pipeline.
pub fn step_1(x: Num) -> Num {
    let pairs = [(x, 1 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 2 of the pipeline.
pub fn step_2(x: Num) -> Num {
    let pairs = [(x, 2 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 3 of the pipeline.
pub fn step_3(x: Num) -> Num {
    let pairs = [(x, 3 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 4 of the pipeline.
pub fn step_4(x: Num) -> Num {
    let pairs = [(x, 4 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 5 of the pipeline.
pub fn step_5(x: Num) -> Num {
    let pairs = [(x, 5 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 6 of the pipeline.
pub fn step_6(x: Num) -> Num {
    let pairs = [(x, 6 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 7 of the pipeline.
pub fn step_7(x: Num) -> Num {
    let pairs = [(x, 7 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 8 of the pipeline.
pub fn step_8(x: Num) -> Num {
    let pairs = [(x, 8 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 9 of the pipeline.
pub fn step_9(x: Num) -> Num {
    let pairs = [(x, 9 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 10 of the pipeline.
pub fn step_10(x: Num) -> Num {
    let pairs = [(x, 10 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 11 of the pipeline.
pub fn step_11(x: Num) -> Num {
    let pairs = [(x, 11 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 12 of the pipeline.
pub fn step_12(x: Num) -> Num {
    let pairs = [(x, 12 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 13 of the pipeline.
pub fn step_13(x: Num) -> Num {
    let pairs = [(x, 13 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 14 of the pipeline.
pub fn step_14(x: Num) -> Num {
    let pairs = [(x, 14 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 15 of the pipeline.
pub fn step_15(x: Num) -> Num {
    let pairs = [(x, 15 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 16 of the pipeline.
pub fn step_16(x: Num) -> Num {
    let pairs = [(x, 16 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 17 of the pipeline.
pub fn step_17(x: Num) -> Num {
    let pairs = [(x, 17 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 18 of the pipeline.
pub fn step_18(x: Num) -> Num {
    let pairs = [(x, 18 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 19 of the pipeline.
pub fn step_19(x: Num) -> Num {
    let pairs = [(x, 19 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 20 of the pipeline.
pub fn step_20(x: Num) -> Num {
    let pairs = [(x, 20 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 21 of the pipeline.
pub fn step_21(x: Num) -> Num {
    let pairs = [(x, 21 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 22 of the pipeline.
pub fn step_22(x: Num) -> Num {
    let pairs = [(x, 22 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 23 of the pipeline.
pub fn step_23(x: Num) -> Num {
    let pairs = [(x, 23 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 24 of the pipeline.
pub fn step_24(x: Num) -> Num {
    let pairs = [(x, 24 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 25 of the pipeline.
pub fn step_25(x: Num) -> Num {
    let pairs = [(x, 25 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 26 of the pipeline.
pub fn step_26(x: Num) -> Num {
    let pairs = [(x, 26 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 27 of the pipeline.
pub fn step_27(x: Num) -> Num {
    let pairs = [(x, 27 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 28 of the pipeline.
pub fn step_28(x: Num) -> Num {
    let pairs = [(x, 28 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 29 of the pipeline.
pub fn step_29(x: Num) -> Num {
    let pairs = [(x, 29 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 30 of the pipeline.
pub fn step_30(x: Num) -> Num {
    let pairs = [(x, 30 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 31 of the pipeline.
pub fn step_31(x: Num) -> Num {
    let pairs = [(x, 31 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 32 of the pipeline.
pub fn step_32(x: Num) -> Num {
    let pairs = [(x, 32 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 33 of the pipeline.
pub fn step_33(x: Num) -> Num {
    let pairs = [(x, 33 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 34 of the pipeline.
pub fn step_34(x: Num) -> Num {
    let pairs = [(x, 34 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 35 of the pipeline.
pub fn step_35(x: Num) -> Num {
    let pairs = [(x, 35 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 36 of the pipeline.
pub fn step_36(x: Num) -> Num {
    let pairs = [(x, 36 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 37 of the pipeline.
pub fn step_37(x: Num) -> Num {
    let pairs = [(x, 37 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 38 of the pipeline.
pub fn step_38(x: Num) -> Num {
    let pairs = [(x, 38 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 39 of the pipeline.
pub fn step_39(x: Num) -> Num {
    let pairs = [(x, 39 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 40 of the pipeline.
pub fn step_40(x: Num) -> Num {
    let pairs = [(x, 40 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 41 of the pipeline.
pub fn step_41(x: Num) -> Num {
    let pairs = [(x, 41 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 42 of the pipeline.
pub fn step_42(x: Num) -> Num {
    let pairs = [(x, 42 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 43 of the pipeline.
pub fn step_43(x: Num) -> Num {
    let pairs = [(x, 43 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 44 of the pipeline.
pub fn step_44(x: Num) -> Num {
    let pairs = [(x, 44 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 45 of the pipeline.
pub fn step_45(x: Num) -> Num {
    let pairs = [(x, 45 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 46 of the pipeline.
pub fn step_46(x: Num) -> Num {
    let pairs = [(x, 46 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 47 of the pipeline.
pub fn step_47(x: Num) -> Num {
    let pairs = [(x, 47 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 48 of the pipeline.
pub fn step_48(x: Num) -> Num {
    let pairs = [(x, 48 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 49 of the pipeline.
pub fn step_49(x: Num) -> Num {
    let pairs = [(x, 49 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 50 of the pipeline.
pub fn step_50(x: Num) -> Num {
    let pairs = [(x, 50 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 51 of the pipeline.
pub fn step_51(x: Num) -> Num {
    let pairs = [(x, 51 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 52 of the pipeline.
pub fn step_52(x: Num) -> Num {
    let pairs = [(x, 52 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 53 of the pipeline.
pub fn step_53(x: Num) -> Num {
    let pairs = [(x, 53 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 54 of the pipeline.
pub fn step_54(x: Num) -> Num {
    let pairs = [(x, 54 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 55 of the pipeline.
pub fn step_55(x: Num) -> Num {
    let pairs = [(x, 55 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 56 of the pipeline.
pub fn step_56(x: Num) -> Num {
    let pairs = [(x, 56 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 57 of the pipeline.
pub fn step_57(x: Num) -> Num {
    let pairs = [(x, 57 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 58 of the pipeline.
pub fn step_58(x: Num) -> Num {
    let pairs = [(x, 58 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 59 of the pipeline.
pub fn step_59(x: Num) -> Num {
    let pairs = [(x, 59 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 60 of the pipeline.
pub fn step_60(x: Num) -> Num {
    let pairs = [(x, 60 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 61 of the pipeline.
pub fn step_61(x: Num) -> Num {
    let pairs = [(x, 61 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 62 of the pipeline.
pub fn step_62(x: Num) -> Num {
    let pairs = [(x, 62 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 63 of the pipeline.
pub fn step_63(x: Num) -> Num {
    let pairs = [(x, 63 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 64 of the pipeline.
pub fn step_64(x: Num) -> Num {
    let pairs = [(x, 64 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 65 of the pipeline.
pub fn step_65(x: Num) -> Num {
    let pairs = [(x, 65 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 66 of the pipeline.
pub fn step_66(x: Num) -> Num {
    let pairs = [(x, 66 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 67 of the pipeline.
pub fn step_67(x: Num) -> Num {
    let pairs = [(x, 67 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 68 of the pipeline.
pub fn step_68(x: Num) -> Num {
    let pairs = [(x, 68 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 69 of the pipeline.
pub fn step_69(x: Num) -> Num {
    let pairs = [(x, 69 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 70 of the pipeline.
pub fn step_70(x: Num) -> Num {
    let pairs = [(x, 70 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 71 of the pipeline.
pub fn step_71(x: Num) -> Num {
    let pairs = [(x, 71 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 72 of the pipeline.
pub fn step_72(x: Num) -> Num {
    let pairs = [(x, 72 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 73 of the pipeline.
pub fn step_73(x: Num) -> Num {
    let pairs = [(x, 73 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 74 of the pipeline.
pub fn step_74(x: Num) -> Num {
    let pairs = [(x, 74 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 75 of the pipeline.
pub fn step_75(x: Num) -> Num {
    let pairs = [(x, 75 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 76 of the pipeline.
pub fn step_76(x: Num) -> Num {
    let pairs = [(x, 76 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 77 of the pipeline.
pub fn step_77(x: Num) -> Num {
    let pairs = [(x, 77 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 78 of the pipeline.
pub fn step_78(x: Num) -> Num {
    let pairs = [(x, 78 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 79 of the pipeline.
pub fn step_79(x: Num) -> Num {
    let pairs = [(x, 79 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 80 of the pipeline.
pub fn step_80(x: Num) -> Num {
    let pairs = [(x, 80 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 81 of the pipeline.
pub fn step_81(x: Num) -> Num {
    let pairs = [(x, 81 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 82 of the pipeline.
pub fn step_82(x: Num) -> Num {
    let pairs = [(x, 82 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 83 of the pipeline.
pub fn step_83(x: Num) -> Num {
    let pairs = [(x, 83 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 84 of the pipeline.
pub fn step_84(x: Num) -> Num {
    let pairs = [(x, 84 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 85 of the pipeline.
pub fn step_85(x: Num) -> Num {
    let pairs = [(x, 85 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 86 of the pipeline.
pub fn step_86(x: Num) -> Num {
    let pairs = [(x, 86 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 87 of the pipeline.
pub fn step_87(x: Num) -> Num {
    let pairs = [(x, 87 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 88 of the pipeline.
pub fn step_88(x: Num) -> Num {
    let pairs = [(x, 88 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 89 of the pipeline.
pub fn step_89(x: Num) -> Num {
    let pairs = [(x, 89 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 90 of the pipeline.
pub fn step_90(x: Num) -> Num {
    let pairs = [(x, 90 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 91 of the pipeline.
pub fn step_91(x: Num) -> Num {
    let pairs = [(x, 91 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 92 of the pipeline.
pub fn step_92(x: Num) -> Num {
    let pairs = [(x, 92 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 93 of the pipeline.
pub fn step_93(x: Num) -> Num {
    let pairs = [(x, 93 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 94 of the pipeline.
pub fn step_94(x: Num) -> Num {
    let pairs = [(x, 94 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 95 of the pipeline.
pub fn step_95(x: Num) -> Num {
    let pairs = [(x, 95 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 96 of the pipeline.
pub fn step_96(x: Num) -> Num {
    let pairs = [(x, 96 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 97 of the pipeline.
pub fn step_97(x: Num) -> Num {
    let pairs = [(x, 97 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 98 of the pipeline.
pub fn step_98(x: Num) -> Num {
    let pairs = [(x, 98 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 99 of the pipeline.
pub fn step_99(x: Num) -> Num {
    let pairs = [(x, 99 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 100 of the pipeline.
pub fn step_100(x: Num) -> Num {
    let pairs = [(x, 100 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 101 of the pipeline.
pub fn step_101(x: Num) -> Num {
    let pairs = [(x, 101 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 102 of the pipeline.
pub fn step_102(x: Num) -> Num {
    let pairs = [(x, 102 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 103 of the pipeline.
pub fn step_103(x: Num) -> Num {
    let pairs = [(x, 103 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 104 of the pipeline.
pub fn step_104(x: Num) -> Num {
    let pairs = [(x, 104 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 105 of the pipeline.
pub fn step_105(x: Num) -> Num {
    let pairs = [(x, 105 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 106 of the pipeline.
pub fn step_106(x: Num) -> Num {
    let pairs = [(x, 106 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 107 of the pipeline.
pub fn step_107(x: Num) -> Num {
    let pairs = [(x, 107 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 108 of the pipeline.
pub fn step_108(x: Num) -> Num {
    let pairs = [(x, 108 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 109 of the pipeline.
pub fn step_109(x: Num) -> Num {
    let pairs = [(x, 109 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 110 of the pipeline.
pub fn step_110(x: Num) -> Num {
    let pairs = [(x, 110 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 111 of the pipeline.
pub fn step_111(x: Num) -> Num {
    let pairs = [(x, 111 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 112 of the pipeline.
pub fn step_112(x: Num) -> Num {
    let pairs = [(x, 112 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 113 of the pipeline.
pub fn step_113(x: Num) -> Num {
    let pairs = [(x, 113 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 114 of the pipeline.
pub fn step_114(x: Num) -> Num {
    let pairs = [(x, 114 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 115 of the pipeline.
pub fn step_115(x: Num) -> Num {
    let pairs = [(x, 115 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 116 of the pipeline.
pub fn step_116(x: Num) -> Num {
    let pairs = [(x, 116 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 117 of the pipeline.
pub fn step_117(x: Num) -> Num {
    let pairs = [(x, 117 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 118 of the pipeline.
pub fn step_118(x: Num) -> Num {
    let pairs = [(x, 118 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 119 of the pipeline.
pub fn step_119(x: Num) -> Num {
    let pairs = [(x, 119 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 120 of the pipeline.
pub fn step_120(x: Num) -> Num {
    let pairs = [(x, 120 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 121 of the pipeline.
pub fn step_121(x: Num) -> Num {
    let pairs = [(x, 121 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 122 of the pipeline.
pub fn step_122(x: Num) -> Num {
    let pairs = [(x, 122 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 123 of the pipeline.
pub fn step_123(x: Num) -> Num {
    let pairs = [(x, 123 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 124 of the pipeline.
pub fn step_124(x: Num) -> Num {
    let pairs = [(x, 124 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 125 of the pipeline.
pub fn step_125(x: Num) -> Num {
    let pairs = [(x, 125 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 126 of the pipeline.
pub fn step_126(x: Num) -> Num {
    let pairs = [(x, 126 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 127 of the pipeline.
pub fn step_127(x: Num) -> Num {
    let pairs = [(x, 127 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 128 of the pipeline.
pub fn step_128(x: Num) -> Num {
    let pairs = [(x, 128 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 129 of the pipeline.
pub fn step_129(x: Num) -> Num {
    let pairs = [(x, 129 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 130 of the pipeline.
pub fn step_130(x: Num) -> Num {
    let pairs = [(x, 130 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 131 of the pipeline.
pub fn step_131(x: Num) -> Num {
    let pairs = [(x, 131 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 132 of the pipeline.
pub fn step_132(x: Num) -> Num {
    let pairs = [(x, 132 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 133 of the pipeline.
pub fn step_133(x: Num) -> Num {
    let pairs = [(x, 133 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 134 of the pipeline.
pub fn step_134(x: Num) -> Num {
    let pairs = [(x, 134 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 135 of the pipeline.
pub fn step_135(x: Num) -> Num {
    let pairs = [(x, 135 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 136 of the pipeline.
pub fn step_136(x: Num) -> Num {
    let pairs = [(x, 136 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 137 of the pipeline.
pub fn step_137(x: Num) -> Num {
    let pairs = [(x, 137 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 138 of the pipeline.
pub fn step_138(x: Num) -> Num {
    let pairs = [(x, 138 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 139 of the pipeline.
pub fn step_139(x: Num) -> Num {
    let pairs = [(x, 139 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 140 of the pipeline.
pub fn step_140(x: Num) -> Num {
    let pairs = [(x, 140 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 141 of the pipeline.
pub fn step_141(x: Num) -> Num {
    let pairs = [(x, 141 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 142 of the pipeline.
pub fn step_142(x: Num) -> Num {
    let pairs = [(x, 142 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 143 of the pipeline.
pub fn step_143(x: Num) -> Num {
    let pairs = [(x, 143 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 144 of the pipeline.
pub fn step_144(x: Num) -> Num {
    let pairs = [(x, 144 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 145 of the pipeline.
pub fn step_145(x: Num) -> Num {
    let pairs = [(x, 145 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 146 of the pipeline.
pub fn step_146(x: Num) -> Num {
    let pairs = [(x, 146 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 147 of the pipeline.
pub fn step_147(x: Num) -> Num {
    let pairs = [(x, 147 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 148 of the pipeline.
pub fn step_148(x: Num) -> Num {
    let pairs = [(x, 148 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 149 of the pipeline.
pub fn step_149(x: Num) -> Num {
    let pairs = [(x, 149 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 150 of the pipeline.
pub fn step_150(x: Num) -> Num {
    let pairs = [(x, 150 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 151 of the pipeline.
pub fn step_151(x: Num) -> Num {
    let pairs = [(x, 151 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 152 of the pipeline.
pub fn step_152(x: Num) -> Num {
    let pairs = [(x, 152 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 153 of the pipeline.
pub fn step_153(x: Num) -> Num {
    let pairs = [(x, 153 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 154 of the pipeline.
pub fn step_154(x: Num) -> Num {
    let pairs = [(x, 154 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 155 of the pipeline.
pub fn step_155(x: Num) -> Num {
    let pairs = [(x, 155 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 156 of the pipeline.
pub fn step_156(x: Num) -> Num {
    let pairs = [(x, 156 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 157 of the pipeline.
pub fn step_157(x: Num) -> Num {
    let pairs = [(x, 157 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 158 of the pipeline.
pub fn step_158(x: Num) -> Num {
    let pairs = [(x, 158 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 159 of the pipeline.
pub fn step_159(x: Num) -> Num {
    let pairs = [(x, 159 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 160 of the pipeline.
pub fn step_160(x: Num) -> Num {
    let pairs = [(x, 160 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 161 of the pipeline.
pub fn step_161(x: Num) -> Num {
    let pairs = [(x, 161 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 162 of the pipeline.
pub fn step_162(x: Num) -> Num {
    let pairs = [(x, 162 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 163 of the pipeline.
pub fn step_163(x: Num) -> Num {
    let pairs = [(x, 163 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 164 of the pipeline.
pub fn step_164(x: Num) -> Num {
    let pairs = [(x, 164 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 165 of the pipeline.
pub fn step_165(x: Num) -> Num {
    let pairs = [(x, 165 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 166 of the pipeline.
pub fn step_166(x: Num) -> Num {
    let pairs = [(x, 166 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 167 of the pipeline.
pub fn step_167(x: Num) -> Num {
    let pairs = [(x, 167 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 168 of the pipeline.
pub fn step_168(x: Num) -> Num {
    let pairs = [(x, 168 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 169 of the pipeline.
pub fn step_169(x: Num) -> Num {
    let pairs = [(x, 169 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 170 of the pipeline.
pub fn step_170(x: Num) -> Num {
    let pairs = [(x, 170 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 171 of the pipeline.
pub fn step_171(x: Num) -> Num {
    let pairs = [(x, 171 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 172 of the pipeline.
pub fn step_172(x: Num) -> Num {
    let pairs = [(x, 172 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 173 of the pipeline.
pub fn step_173(x: Num) -> Num {
    let pairs = [(x, 173 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 174 of the pipeline.
pub fn step_174(x: Num) -> Num {
    let pairs = [(x, 174 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 175 of the pipeline.
pub fn step_175(x: Num) -> Num {
    let pairs = [(x, 175 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 176 of the pipeline.
pub fn step_176(x: Num) -> Num {
    let pairs = [(x, 176 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 177 of the pipeline.
pub fn step_177(x: Num) -> Num {
    let pairs = [(x, 177 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 178 of the pipeline.
pub fn step_178(x: Num) -> Num {
    let pairs = [(x, 178 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 179 of the pipeline.
pub fn step_179(x: Num) -> Num {
    let pairs = [(x, 179 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 180 of the pipeline.
pub fn step_180(x: Num) -> Num {
    let pairs = [(x, 180 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 181 of the pipeline.
pub fn step_181(x: Num) -> Num {
    let pairs = [(x, 181 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 182 of the pipeline.
pub fn step_182(x: Num) -> Num {
    let pairs = [(x, 182 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 183 of the pipeline.
pub fn step_183(x: Num) -> Num {
    let pairs = [(x, 183 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 184 of the pipeline.
pub fn step_184(x: Num) -> Num {
    let pairs = [(x, 184 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 185 of the pipeline.
pub fn step_185(x: Num) -> Num {
    let pairs = [(x, 185 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 186 of the pipeline.
pub fn step_186(x: Num) -> Num {
    let pairs = [(x, 186 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 187 of the pipeline.
pub fn step_187(x: Num) -> Num {
    let pairs = [(x, 187 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 188 of the pipeline.
pub fn step_188(x: Num) -> Num {
    let pairs = [(x, 188 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 189 of the pipeline.
pub fn step_189(x: Num) -> Num {
    let pairs = [(x, 189 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 190 of the pipeline.
pub fn step_190(x: Num) -> Num {
    let pairs = [(x, 190 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 191 of the pipeline.
pub fn step_191(x: Num) -> Num {
    let pairs = [(x, 191 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 192 of the pipeline.
pub fn step_192(x: Num) -> Num {
    let pairs = [(x, 192 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 193 of the pipeline.
pub fn step_193(x: Num) -> Num {
    let pairs = [(x, 193 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 194 of the pipeline.
pub fn step_194(x: Num) -> Num {
    let pairs = [(x, 194 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 195 of the pipeline.
pub fn step_195(x: Num) -> Num {
    let pairs = [(x, 195 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 196 of the pipeline.
pub fn step_196(x: Num) -> Num {
    let pairs = [(x, 196 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 197 of the pipeline.
pub fn step_197(x: Num) -> Num {
    let pairs = [(x, 197 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 198 of the pipeline.
pub fn step_198(x: Num) -> Num {
    let pairs = [(x, 198 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 199 of the pipeline.
pub fn step_199(x: Num) -> Num {
    let pairs = [(x, 199 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 200 of the pipeline.
pub fn step_200(x: Num) -> Num {
    let pairs = [(x, 200 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 201 of the pipeline.
pub fn step_201(x: Num) -> Num {
    let pairs = [(x, 201 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 202 of the pipeline.
pub fn step_202(x: Num) -> Num {
    let pairs = [(x, 202 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 203 of the pipeline.
pub fn step_203(x: Num) -> Num {
    let pairs = [(x, 203 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 204 of the pipeline.
pub fn step_204(x: Num) -> Num {
    let pairs = [(x, 204 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 205 of the pipeline.
pub fn step_205(x: Num) -> Num {
    let pairs = [(x, 205 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 206 of the pipeline.
pub fn step_206(x: Num) -> Num {
    let pairs = [(x, 206 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 207 of the pipeline.
pub fn step_207(x: Num) -> Num {
    let pairs = [(x, 207 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 208 of the pipeline.
pub fn step_208(x: Num) -> Num {
    let pairs = [(x, 208 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 209 of the pipeline.
pub fn step_209(x: Num) -> Num {
    let pairs = [(x, 209 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 210 of the pipeline.
pub fn step_210(x: Num) -> Num {
    let pairs = [(x, 210 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 211 of the pipeline.
pub fn step_211(x: Num) -> Num {
    let pairs = [(x, 211 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 212 of the pipeline.
pub fn step_212(x: Num) -> Num {
    let pairs = [(x, 212 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 213 of the pipeline.
pub fn step_213(x: Num) -> Num {
    let pairs = [(x, 213 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 214 of the pipeline.
pub fn step_214(x: Num) -> Num {
    let pairs = [(x, 214 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 215 of the pipeline.
pub fn step_215(x: Num) -> Num {
    let pairs = [(x, 215 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 216 of the pipeline.
pub fn step_216(x: Num) -> Num {
    let pairs = [(x, 216 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 217 of the pipeline.
pub fn step_217(x: Num) -> Num {
    let pairs = [(x, 217 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 218 of the pipeline.
pub fn step_218(x: Num) -> Num {
    let pairs = [(x, 218 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 219 of the pipeline.
pub fn step_219(x: Num) -> Num {
    let pairs = [(x, 219 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 220 of the pipeline.
pub fn step_220(x: Num) -> Num {
    let pairs = [(x, 220 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 221 of the pipeline.
pub fn step_221(x: Num) -> Num {
    let pairs = [(x, 221 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 222 of the pipeline.
pub fn step_222(x: Num) -> Num {
    let pairs = [(x, 222 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 223 of the pipeline.
pub fn step_223(x: Num) -> Num {
    let pairs = [(x, 223 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 224 of the pipeline.
pub fn step_224(x: Num) -> Num {
    let pairs = [(x, 224 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 225 of the pipeline.
pub fn step_225(x: Num) -> Num {
    let pairs = [(x, 225 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 226 of the pipeline.
pub fn step_226(x: Num) -> Num {
    let pairs = [(x, 226 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 227 of the pipeline.
pub fn step_227(x: Num) -> Num {
    let pairs = [(x, 227 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 228 of the pipeline.
pub fn step_228(x: Num) -> Num {
    let pairs = [(x, 228 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 229 of the pipeline.
pub fn step_229(x: Num) -> Num {
    let pairs = [(x, 229 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 230 of the pipeline.
pub fn step_230(x: Num) -> Num {
    let pairs = [(x, 230 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 231 of the pipeline.
pub fn step_231(x: Num) -> Num {
    let pairs = [(x, 231 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 232 of the pipeline.
pub fn step_232(x: Num) -> Num {
    let pairs = [(x, 232 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 233 of the pipeline.
pub fn step_233(x: Num) -> Num {
    let pairs = [(x, 233 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 234 of the pipeline.
pub fn step_234(x: Num) -> Num {
    let pairs = [(x, 234 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 235 of the pipeline.
pub fn step_235(x: Num) -> Num {
    let pairs = [(x, 235 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 236 of the pipeline.
pub fn step_236(x: Num) -> Num {
    let pairs = [(x, 236 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 237 of the pipeline.
pub fn step_237(x: Num) -> Num {
    let pairs = [(x, 237 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 238 of the pipeline.
pub fn step_238(x: Num) -> Num {
    let pairs = [(x, 238 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 239 of the pipeline.
pub fn step_239(x: Num) -> Num {
    let pairs = [(x, 239 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 240 of the pipeline.
pub fn step_240(x: Num) -> Num {
    let pairs = [(x, 240 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 241 of the pipeline.
pub fn step_241(x: Num) -> Num {
    let pairs = [(x, 241 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 242 of the pipeline.
pub fn step_242(x: Num) -> Num {
    let pairs = [(x, 242 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 243 of the pipeline.
pub fn step_243(x: Num) -> Num {
    let pairs = [(x, 243 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 244 of the pipeline.
pub fn step_244(x: Num) -> Num {
    let pairs = [(x, 244 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 245 of the pipeline.
pub fn step_245(x: Num) -> Num {
    let pairs = [(x, 245 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 246 of the pipeline.
pub fn step_246(x: Num) -> Num {
    let pairs = [(x, 246 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 247 of the pipeline.
pub fn step_247(x: Num) -> Num {
    let pairs = [(x, 247 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 248 of the pipeline.
pub fn step_248(x: Num) -> Num {
    let pairs = [(x, 248 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 249 of the pipeline.
pub fn step_249(x: Num) -> Num {
    let pairs = [(x, 249 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 250 of the pipeline.
pub fn step_250(x: Num) -> Num {
    let pairs = [(x, 250 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 251 of the pipeline.
pub fn step_251(x: Num) -> Num {
    let pairs = [(x, 251 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 252 of the pipeline.
pub fn step_252(x: Num) -> Num {
    let pairs = [(x, 252 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 253 of the pipeline.
pub fn step_253(x: Num) -> Num {
    let pairs = [(x, 253 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 254 of the pipeline.
pub fn step_254(x: Num) -> Num {
    let pairs = [(x, 254 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 255 of the pipeline.
pub fn step_255(x: Num) -> Num {
    let pairs = [(x, 255 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 256 of the pipeline.
pub fn step_256(x: Num) -> Num {
    let pairs = [(x, 256 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 257 of the pipeline.
pub fn step_257(x: Num) -> Num {
    let pairs = [(x, 257 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 258 of the pipeline.
pub fn step_258(x: Num) -> Num {
    let pairs = [(x, 258 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 259 of the pipeline.
pub fn step_259(x: Num) -> Num {
    let pairs = [(x, 259 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 260 of the pipeline.
pub fn step_260(x: Num) -> Num {
    let pairs = [(x, 260 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 261 of the pipeline.
pub fn step_261(x: Num) -> Num {
    let pairs = [(x, 261 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 262 of the pipeline.
pub fn step_262(x: Num) -> Num {
    let pairs = [(x, 262 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 263 of the pipeline.
pub fn step_263(x: Num) -> Num {
    let pairs = [(x, 263 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 264 of the pipeline.
pub fn step_264(x: Num) -> Num {
    let pairs = [(x, 264 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 265 of the pipeline.
pub fn step_265(x: Num) -> Num {
    let pairs = [(x, 265 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 266 of the pipeline.
pub fn step_266(x: Num) -> Num {
    let pairs = [(x, 266 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 267 of the pipeline.
pub fn step_267(x: Num) -> Num {
    let pairs = [(x, 267 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 268 of the pipeline.
pub fn step_268(x: Num) -> Num {
    let pairs = [(x, 268 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 269 of the pipeline.
pub fn step_269(x: Num) -> Num {
    let pairs = [(x, 269 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 270 of the pipeline.
pub fn step_270(x: Num) -> Num {
    let pairs = [(x, 270 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 271 of the pipeline.
pub fn step_271(x: Num) -> Num {
    let pairs = [(x, 271 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 272 of the pipeline.
pub fn step_272(x: Num) -> Num {
    let pairs = [(x, 272 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 273 of the pipeline.
pub fn step_273(x: Num) -> Num {
    let pairs = [(x, 273 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 274 of the pipeline.
pub fn step_274(x: Num) -> Num {
    let pairs = [(x, 274 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 275 of the pipeline.
pub fn step_275(x: Num) -> Num {
    let pairs = [(x, 275 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 276 of the pipeline.
pub fn step_276(x: Num) -> Num {
    let pairs = [(x, 276 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 277 of the pipeline.
pub fn step_277(x: Num) -> Num {
    let pairs = [(x, 277 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 278 of the pipeline.
pub fn step_278(x: Num) -> Num {
    let pairs = [(x, 278 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 279 of the pipeline.
pub fn step_279(x: Num) -> Num {
    let pairs = [(x, 279 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 280 of the pipeline.
pub fn step_280(x: Num) -> Num {
    let pairs = [(x, 280 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 281 of the pipeline.
pub fn step_281(x: Num) -> Num {
    let pairs = [(x, 281 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 282 of the pipeline.
pub fn step_282(x: Num) -> Num {
    let pairs = [(x, 282 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 283 of the pipeline.
pub fn step_283(x: Num) -> Num {
    let pairs = [(x, 283 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 284 of the pipeline.
pub fn step_284(x: Num) -> Num {
    let pairs = [(x, 284 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 285 of the pipeline.
pub fn step_285(x: Num) -> Num {
    let pairs = [(x, 285 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 286 of the pipeline.
pub fn step_286(x: Num) -> Num {
    let pairs = [(x, 286 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 287 of the pipeline.
pub fn step_287(x: Num) -> Num {
    let pairs = [(x, 287 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 288 of the pipeline.
pub fn step_288(x: Num) -> Num {
    let pairs = [(x, 288 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 289 of the pipeline.
pub fn step_289(x: Num) -> Num {
    let pairs = [(x, 289 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 290 of the pipeline.
pub fn step_290(x: Num) -> Num {
    let pairs = [(x, 290 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 291 of the pipeline.
pub fn step_291(x: Num) -> Num {
    let pairs = [(x, 291 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 292 of the pipeline.
pub fn step_292(x: Num) -> Num {
    let pairs = [(x, 292 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 293 of the pipeline.
pub fn step_293(x: Num) -> Num {
    let pairs = [(x, 293 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 294 of the pipeline.
pub fn step_294(x: Num) -> Num {
    let pairs = [(x, 294 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 295 of the pipeline.
pub fn step_295(x: Num) -> Num {
    let pairs = [(x, 295 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 296 of the pipeline.
pub fn step_296(x: Num) -> Num {
    let pairs = [(x, 296 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 297 of the pipeline.
pub fn step_297(x: Num) -> Num {
    let pairs = [(x, 297 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 298 of the pipeline.
pub fn step_298(x: Num) -> Num {
    let pairs = [(x, 298 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 299 of the pipeline.
pub fn step_299(x: Num) -> Num {
    let pairs = [(x, 299 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 300 of the pipeline.
pub fn step_300(x: Num) -> Num {
    let pairs = [(x, 300 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 301 of the pipeline.
pub fn step_301(x: Num) -> Num {
    let pairs = [(x, 301 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 302 of the pipeline.
pub fn step_302(x: Num) -> Num {
    let pairs = [(x, 302 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 303 of the pipeline.
pub fn step_303(x: Num) -> Num {
    let pairs = [(x, 303 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 304 of the pipeline.
pub fn step_304(x: Num) -> Num {
    let pairs = [(x, 304 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 305 of the pipeline.
pub fn step_305(x: Num) -> Num {
    let pairs = [(x, 305 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 306 of the pipeline.
pub fn step_306(x: Num) -> Num {
    let pairs = [(x, 306 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 307 of the pipeline.
pub fn step_307(x: Num) -> Num {
    let pairs = [(x, 307 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 308 of the pipeline.
pub fn step_308(x: Num) -> Num {
    let pairs = [(x, 308 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 309 of the pipeline.
pub fn step_309(x: Num) -> Num {
    let pairs = [(x, 309 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 310 of the pipeline.
pub fn step_310(x: Num) -> Num {
    let pairs = [(x, 310 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 311 of the pipeline.
pub fn step_311(x: Num) -> Num {
    let pairs = [(x, 311 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 312 of the pipeline.
pub fn step_312(x: Num) -> Num {
    let pairs = [(x, 312 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 313 of the pipeline.
pub fn step_313(x: Num) -> Num {
    let pairs = [(x, 313 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 314 of the pipeline.
pub fn step_314(x: Num) -> Num {
    let pairs = [(x, 314 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 315 of the pipeline.
pub fn step_315(x: Num) -> Num {
    let pairs = [(x, 315 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 316 of the pipeline.
pub fn step_316(x: Num) -> Num {
    let pairs = [(x, 316 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 317 of the pipeline.
pub fn step_317(x: Num) -> Num {
    let pairs = [(x, 317 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 318 of the pipeline.
pub fn step_318(x: Num) -> Num {
    let pairs = [(x, 318 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 319 of the pipeline.
pub fn step_319(x: Num) -> Num {
    let pairs = [(x, 319 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 320 of the pipeline.
pub fn step_320(x: Num) -> Num {
    let pairs = [(x, 320 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 321 of the pipeline.
pub fn step_321(x: Num) -> Num {
    let pairs = [(x, 321 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 322 of the pipeline.
pub fn step_322(x: Num) -> Num {
    let pairs = [(x, 322 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 323 of the pipeline.
pub fn step_323(x: Num) -> Num {
    let pairs = [(x, 323 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 324 of the pipeline.
pub fn step_324(x: Num) -> Num {
    let pairs = [(x, 324 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 325 of the pipeline.
pub fn step_325(x: Num) -> Num {
    let pairs = [(x, 325 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 326 of the pipeline.
pub fn step_326(x: Num) -> Num {
    let pairs = [(x, 326 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 327 of the pipeline.
pub fn step_327(x: Num) -> Num {
    let pairs = [(x, 327 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 328 of the pipeline.
pub fn step_328(x: Num) -> Num {
    let pairs = [(x, 328 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 329 of the pipeline.
pub fn step_329(x: Num) -> Num {
    let pairs = [(x, 329 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 330 of the pipeline.
pub fn step_330(x: Num) -> Num {
    let pairs = [(x, 330 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 331 of the pipeline.
pub fn step_331(x: Num) -> Num {
    let pairs = [(x, 331 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 332 of the pipeline.
pub fn step_332(x: Num) -> Num {
    let pairs = [(x, 332 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 333 of the pipeline.
pub fn step_333(x: Num) -> Num {
    let pairs = [(x, 333 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 334 of the pipeline.
pub fn step_334(x: Num) -> Num {
    let pairs = [(x, 334 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 335 of the pipeline.
pub fn step_335(x: Num) -> Num {
    let pairs = [(x, 335 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 336 of the pipeline.
pub fn step_336(x: Num) -> Num {
    let pairs = [(x, 336 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 337 of the pipeline.
pub fn step_337(x: Num) -> Num {
    let pairs = [(x, 337 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 338 of the pipeline.
pub fn step_338(x: Num) -> Num {
    let pairs = [(x, 338 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 339 of the pipeline.
pub fn step_339(x: Num) -> Num {
    let pairs = [(x, 339 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 340 of the pipeline.
pub fn step_340(x: Num) -> Num {
    let pairs = [(x, 340 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 341 of the pipeline.
pub fn step_341(x: Num) -> Num {
    let pairs = [(x, 341 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 342 of the pipeline.
pub fn step_342(x: Num) -> Num {
    let pairs = [(x, 342 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 343 of the pipeline.
pub fn step_343(x: Num) -> Num {
    let pairs = [(x, 343 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 344 of the pipeline.
pub fn step_344(x: Num) -> Num {
    let pairs = [(x, 344 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 345 of the pipeline.
pub fn step_345(x: Num) -> Num {
    let pairs = [(x, 345 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 346 of the pipeline.
pub fn step_346(x: Num) -> Num {
    let pairs = [(x, 346 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 347 of the pipeline.
pub fn step_347(x: Num) -> Num {
    let pairs = [(x, 347 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 348 of the pipeline.
pub fn step_348(x: Num) -> Num {
    let pairs = [(x, 348 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 349 of the pipeline.
pub fn step_349(x: Num) -> Num {
    let pairs = [(x, 349 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 350 of the pipeline.
pub fn step_350(x: Num) -> Num {
    let pairs = [(x, 350 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 351 of the pipeline.
pub fn step_351(x: Num) -> Num {
    let pairs = [(x, 351 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 352 of the pipeline.
pub fn step_352(x: Num) -> Num {
    let pairs = [(x, 352 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 353 of the pipeline.
pub fn step_353(x: Num) -> Num {
    let pairs = [(x, 353 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 354 of the pipeline.
pub fn step_354(x: Num) -> Num {
    let pairs = [(x, 354 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 355 of the pipeline.
pub fn step_355(x: Num) -> Num {
    let pairs = [(x, 355 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 356 of the pipeline.
pub fn step_356(x: Num) -> Num {
    let pairs = [(x, 356 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 357 of the pipeline.
pub fn step_357(x: Num) -> Num {
    let pairs = [(x, 357 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 358 of the pipeline.
pub fn step_358(x: Num) -> Num {
    let pairs = [(x, 358 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 359 of the pipeline.
pub fn step_359(x: Num) -> Num {
    let pairs = [(x, 359 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 360 of the pipeline.
pub fn step_360(x: Num) -> Num {
    let pairs = [(x, 360 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 361 of the pipeline.
pub fn step_361(x: Num) -> Num {
    let pairs = [(x, 361 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 362 of the pipeline.
pub fn step_362(x: Num) -> Num {
    let pairs = [(x, 362 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 363 of the pipeline.
pub fn step_363(x: Num) -> Num {
    let pairs = [(x, 363 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 364 of the pipeline.
pub fn step_364(x: Num) -> Num {
    let pairs = [(x, 364 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 365 of the pipeline.
pub fn step_365(x: Num) -> Num {
    let pairs = [(x, 365 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 366 of the pipeline.
pub fn step_366(x: Num) -> Num {
    let pairs = [(x, 366 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 367 of the pipeline.
pub fn step_367(x: Num) -> Num {
    let pairs = [(x, 367 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 368 of the pipeline.
pub fn step_368(x: Num) -> Num {
    let pairs = [(x, 368 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 369 of the pipeline.
pub fn step_369(x: Num) -> Num {
    let pairs = [(x, 369 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 370 of the pipeline.
pub fn step_370(x: Num) -> Num {
    let pairs = [(x, 370 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 371 of the pipeline.
pub fn step_371(x: Num) -> Num {
    let pairs = [(x, 371 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 372 of the pipeline.
pub fn step_372(x: Num) -> Num {
    let pairs = [(x, 372 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 373 of the pipeline.
pub fn step_373(x: Num) -> Num {
    let pairs = [(x, 373 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 374 of the pipeline.
pub fn step_374(x: Num) -> Num {
    let pairs = [(x, 374 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 375 of the pipeline.
pub fn step_375(x: Num) -> Num {
    let pairs = [(x, 375 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 376 of the pipeline.
pub fn step_376(x: Num) -> Num {
    let pairs = [(x, 376 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 377 of the pipeline.
pub fn step_377(x: Num) -> Num {
    let pairs = [(x, 377 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 378 of the pipeline.
pub fn step_378(x: Num) -> Num {
    let pairs = [(x, 378 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 379 of the pipeline.
pub fn step_379(x: Num) -> Num {
    let pairs = [(x, 379 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 380 of the pipeline.
pub fn step_380(x: Num) -> Num {
    let pairs = [(x, 380 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 381 of the pipeline.
pub fn step_381(x: Num) -> Num {
    let pairs = [(x, 381 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 382 of the pipeline.
pub fn step_382(x: Num) -> Num {
    let pairs = [(x, 382 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 383 of the pipeline.
pub fn step_383(x: Num) -> Num {
    let pairs = [(x, 383 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 384 of the pipeline.
pub fn step_384(x: Num) -> Num {
    let pairs = [(x, 384 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 385 of the pipeline.
pub fn step_385(x: Num) -> Num {
    let pairs = [(x, 385 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 386 of the pipeline.
pub fn step_386(x: Num) -> Num {
    let pairs = [(x, 386 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 387 of the pipeline.
pub fn step_387(x: Num) -> Num {
    let pairs = [(x, 387 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 388 of the pipeline.
pub fn step_388(x: Num) -> Num {
    let pairs = [(x, 388 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 389 of the pipeline.
pub fn step_389(x: Num) -> Num {
    let pairs = [(x, 389 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 390 of the pipeline.
pub fn step_390(x: Num) -> Num {
    let pairs = [(x, 390 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 391 of the pipeline.
pub fn step_391(x: Num) -> Num {
    let pairs = [(x, 391 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 392 of the pipeline.
pub fn step_392(x: Num) -> Num {
    let pairs = [(x, 392 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 393 of the pipeline.
pub fn step_393(x: Num) -> Num {
    let pairs = [(x, 393 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 394 of the pipeline.
pub fn step_394(x: Num) -> Num {
    let pairs = [(x, 394 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 395 of the pipeline.
pub fn step_395(x: Num) -> Num {
    let pairs = [(x, 395 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 396 of the pipeline.
pub fn step_396(x: Num) -> Num {
    let pairs = [(x, 396 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 397 of the pipeline.
pub fn step_397(x: Num) -> Num {
    let pairs = [(x, 397 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 398 of the pipeline.
pub fn step_398(x: Num) -> Num {
    let pairs = [(x, 398 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 399 of the pipeline.
pub fn step_399(x: Num) -> Num {
    let pairs = [(x, 399 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 400 of the pipeline.
pub fn step_400(x: Num) -> Num {
    let pairs = [(x, 400 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 401 of the pipeline.
pub fn step_401(x: Num) -> Num {
    let pairs = [(x, 401 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 402 of the pipeline.
pub fn step_402(x: Num) -> Num {
    let pairs = [(x, 402 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 403 of the pipeline.
pub fn step_403(x: Num) -> Num {
    let pairs = [(x, 403 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 404 of the pipeline.
pub fn step_404(x: Num) -> Num {
    let pairs = [(x, 404 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 405 of the pipeline.
pub fn step_405(x: Num) -> Num {
    let pairs = [(x, 405 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 406 of the pipeline.
pub fn step_406(x: Num) -> Num {
    let pairs = [(x, 406 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 407 of the pipeline.
pub fn step_407(x: Num) -> Num {
    let pairs = [(x, 407 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 408 of the pipeline.
pub fn step_408(x: Num) -> Num {
    let pairs = [(x, 408 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 409 of the pipeline.
pub fn step_409(x: Num) -> Num {
    let pairs = [(x, 409 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 410 of the pipeline.
pub fn step_410(x: Num) -> Num {
    let pairs = [(x, 410 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 411 of the pipeline.
pub fn step_411(x: Num) -> Num {
    let pairs = [(x, 411 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 412 of the pipeline.
pub fn step_412(x: Num) -> Num {
    let pairs = [(x, 412 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 413 of the pipeline.
pub fn step_413(x: Num) -> Num {
    let pairs = [(x, 413 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 414 of the pipeline.
pub fn step_414(x: Num) -> Num {
    let pairs = [(x, 414 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 415 of the pipeline.
pub fn step_415(x: Num) -> Num {
    let pairs = [(x, 415 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 416 of the pipeline.
pub fn step_416(x: Num) -> Num {
    let pairs = [(x, 416 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 417 of the pipeline.
pub fn step_417(x: Num) -> Num {
    let pairs = [(x, 417 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 418 of the pipeline.
pub fn step_418(x: Num) -> Num {
    let pairs = [(x, 418 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 419 of the pipeline.
pub fn step_419(x: Num) -> Num {
    let pairs = [(x, 419 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 420 of the pipeline.
pub fn step_420(x: Num) -> Num {
    let pairs = [(x, 420 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 421 of the pipeline.
pub fn step_421(x: Num) -> Num {
    let pairs = [(x, 421 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 422 of the pipeline.
pub fn step_422(x: Num) -> Num {
    let pairs = [(x, 422 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 423 of the pipeline.
pub fn step_423(x: Num) -> Num {
    let pairs = [(x, 423 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 424 of the pipeline.
pub fn step_424(x: Num) -> Num {
    let pairs = [(x, 424 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 425 of the pipeline.
pub fn step_425(x: Num) -> Num {
    let pairs = [(x, 425 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 426 of the pipeline.
pub fn step_426(x: Num) -> Num {
    let pairs = [(x, 426 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 427 of the pipeline.
pub fn step_427(x: Num) -> Num {
    let pairs = [(x, 427 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 428 of the pipeline.
pub fn step_428(x: Num) -> Num {
    let pairs = [(x, 428 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 429 of the pipeline.
pub fn step_429(x: Num) -> Num {
    let pairs = [(x, 429 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 430 of the pipeline.
pub fn step_430(x: Num) -> Num {
    let pairs = [(x, 430 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 431 of the pipeline.
pub fn step_431(x: Num) -> Num {
    let pairs = [(x, 431 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 432 of the pipeline.
pub fn step_432(x: Num) -> Num {
    let pairs = [(x, 432 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 433 of the pipeline.
pub fn step_433(x: Num) -> Num {
    let pairs = [(x, 433 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 434 of the pipeline.
pub fn step_434(x: Num) -> Num {
    let pairs = [(x, 434 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 435 of the pipeline.
pub fn step_435(x: Num) -> Num {
    let pairs = [(x, 435 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 436 of the pipeline.
pub fn step_436(x: Num) -> Num {
    let pairs = [(x, 436 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 437 of the pipeline.
pub fn step_437(x: Num) -> Num {
    let pairs = [(x, 437 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 438 of the pipeline.
pub fn step_438(x: Num) -> Num {
    let pairs = [(x, 438 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 439 of the pipeline.
pub fn step_439(x: Num) -> Num {
    let pairs = [(x, 439 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 440 of the pipeline.
pub fn step_440(x: Num) -> Num {
    let pairs = [(x, 440 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 441 of the pipeline.
pub fn step_441(x: Num) -> Num {
    let pairs = [(x, 441 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 442 of the pipeline.
pub fn step_442(x: Num) -> Num {
    let pairs = [(x, 442 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 443 of the pipeline.
pub fn step_443(x: Num) -> Num {
    let pairs = [(x, 443 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 444 of the pipeline.
pub fn step_444(x: Num) -> Num {
    let pairs = [(x, 444 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 445 of the pipeline.
pub fn step_445(x: Num) -> Num {
    let pairs = [(x, 445 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 446 of the pipeline.
pub fn step_446(x: Num) -> Num {
    let pairs = [(x, 446 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 447 of the pipeline.
pub fn step_447(x: Num) -> Num {
    let pairs = [(x, 447 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 448 of the pipeline.
pub fn step_448(x: Num) -> Num {
    let pairs = [(x, 448 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 449 of the pipeline.
pub fn step_449(x: Num) -> Num {
    let pairs = [(x, 449 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 450 of the pipeline.
pub fn step_450(x: Num) -> Num {
    let pairs = [(x, 450 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 451 of the pipeline.
pub fn step_451(x: Num) -> Num {
    let pairs = [(x, 451 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 452 of the pipeline.
pub fn step_452(x: Num) -> Num {
    let pairs = [(x, 452 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 453 of the pipeline.
pub fn step_453(x: Num) -> Num {
    let pairs = [(x, 453 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 454 of the pipeline.
pub fn step_454(x: Num) -> Num {
    let pairs = [(x, 454 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 455 of the pipeline.
pub fn step_455(x: Num) -> Num {
    let pairs = [(x, 455 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 456 of the pipeline.
pub fn step_456(x: Num) -> Num {
    let pairs = [(x, 456 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 457 of the pipeline.
pub fn step_457(x: Num) -> Num {
    let pairs = [(x, 457 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 458 of the pipeline.
pub fn step_458(x: Num) -> Num {
    let pairs = [(x, 458 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 459 of the pipeline.
pub fn step_459(x: Num) -> Num {
    let pairs = [(x, 459 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 460 of the pipeline.
pub fn step_460(x: Num) -> Num {
    let pairs = [(x, 460 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 461 of the pipeline.
pub fn step_461(x: Num) -> Num {
    let pairs = [(x, 461 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 462 of the pipeline.
pub fn step_462(x: Num) -> Num {
    let pairs = [(x, 462 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 463 of the pipeline.
pub fn step_463(x: Num) -> Num {
    let pairs = [(x, 463 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 464 of the pipeline.
pub fn step_464(x: Num) -> Num {
    let pairs = [(x, 464 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 465 of the pipeline.
pub fn step_465(x: Num) -> Num {
    let pairs = [(x, 465 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 466 of the pipeline.
pub fn step_466(x: Num) -> Num {
    let pairs = [(x, 466 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 467 of the pipeline.
pub fn step_467(x: Num) -> Num {
    let pairs = [(x, 467 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 468 of the pipeline.
pub fn step_468(x: Num) -> Num {
    let pairs = [(x, 468 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 469 of the pipeline.
pub fn step_469(x: Num) -> Num {
    let pairs = [(x, 469 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 470 of the pipeline.
pub fn step_470(x: Num) -> Num {
    let pairs = [(x, 470 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 471 of the pipeline.
pub fn step_471(x: Num) -> Num {
    let pairs = [(x, 471 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 472 of the pipeline.
pub fn step_472(x: Num) -> Num {
    let pairs = [(x, 472 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 473 of the pipeline.
pub fn step_473(x: Num) -> Num {
    let pairs = [(x, 473 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 474 of the pipeline.
pub fn step_474(x: Num) -> Num {
    let pairs = [(x, 474 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 475 of the pipeline.
pub fn step_475(x: Num) -> Num {
    let pairs = [(x, 475 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 476 of the pipeline.
pub fn step_476(x: Num) -> Num {
    let pairs = [(x, 476 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 477 of the pipeline.
pub fn step_477(x: Num) -> Num {
    let pairs = [(x, 477 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 478 of the pipeline.
pub fn step_478(x: Num) -> Num {
    let pairs = [(x, 478 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 479 of the pipeline.
pub fn step_479(x: Num) -> Num {
    let pairs = [(x, 479 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 480 of the pipeline.
pub fn step_480(x: Num) -> Num {
    let pairs = [(x, 480 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 481 of the pipeline.
pub fn step_481(x: Num) -> Num {
    let pairs = [(x, 481 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 482 of the pipeline.
pub fn step_482(x: Num) -> Num {
    let pairs = [(x, 482 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 483 of the pipeline.
pub fn step_483(x: Num) -> Num {
    let pairs = [(x, 483 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 484 of the pipeline.
pub fn step_484(x: Num) -> Num {
    let pairs = [(x, 484 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 485 of the pipeline.
pub fn step_485(x: Num) -> Num {
    let pairs = [(x, 485 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 486 of the pipeline.
pub fn step_486(x: Num) -> Num {
    let pairs = [(x, 486 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 487 of the pipeline.
pub fn step_487(x: Num) -> Num {
    let pairs = [(x, 487 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 488 of the pipeline.
pub fn step_488(x: Num) -> Num {
    let pairs = [(x, 488 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 489 of the pipeline.
pub fn step_489(x: Num) -> Num {
    let pairs = [(x, 489 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 490 of the pipeline.
pub fn step_490(x: Num) -> Num {
    let pairs = [(x, 490 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 491 of the pipeline.
pub fn step_491(x: Num) -> Num {
    let pairs = [(x, 491 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 492 of the pipeline.
pub fn step_492(x: Num) -> Num {
    let pairs = [(x, 492 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 493 of the pipeline.
pub fn step_493(x: Num) -> Num {
    let pairs = [(x, 493 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 494 of the pipeline.
pub fn step_494(x: Num) -> Num {
    let pairs = [(x, 494 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 495 of the pipeline.
pub fn step_495(x: Num) -> Num {
    let pairs = [(x, 495 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 496 of the pipeline.
pub fn step_496(x: Num) -> Num {
    let pairs = [(x, 496 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 497 of the pipeline.
pub fn step_497(x: Num) -> Num {
    let pairs = [(x, 497 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 498 of the pipeline.
pub fn step_498(x: Num) -> Num {
    let pairs = [(x, 498 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 499 of the pipeline.
pub fn step_499(x: Num) -> Num {
    let pairs = [(x, 499 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 500 of the pipeline.
pub fn step_500(x: Num) -> Num {
    let pairs = [(x, 500 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 501 of the pipeline.
pub fn step_501(x: Num) -> Num {
    let pairs = [(x, 501 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 502 of the pipeline.
pub fn step_502(x: Num) -> Num {
    let pairs = [(x, 502 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 503 of the pipeline.
pub fn step_503(x: Num) -> Num {
    let pairs = [(x, 503 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 504 of the pipeline.
pub fn step_504(x: Num) -> Num {
    let pairs = [(x, 504 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 505 of the pipeline.
pub fn step_505(x: Num) -> Num {
    let pairs = [(x, 505 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 506 of the pipeline.
pub fn step_506(x: Num) -> Num {
    let pairs = [(x, 506 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 507 of the pipeline.
pub fn step_507(x: Num) -> Num {
    let pairs = [(x, 507 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 508 of the pipeline.
pub fn step_508(x: Num) -> Num {
    let pairs = [(x, 508 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 509 of the pipeline.
pub fn step_509(x: Num) -> Num {
    let pairs = [(x, 509 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 510 of the pipeline.
pub fn step_510(x: Num) -> Num {
    let pairs = [(x, 510 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 511 of the pipeline.
pub fn step_511(x: Num) -> Num {
    let pairs = [(x, 511 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 512 of the pipeline.
pub fn step_512(x: Num) -> Num {
    let pairs = [(x, 512 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 513 of the pipeline.
pub fn step_513(x: Num) -> Num {
    let pairs = [(x, 513 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 514 of the pipeline.
pub fn step_514(x: Num) -> Num {
    let pairs = [(x, 514 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 515 of the pipeline.
pub fn step_515(x: Num) -> Num {
    let pairs = [(x, 515 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 516 of the pipeline.
pub fn step_516(x: Num) -> Num {
    let pairs = [(x, 516 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 517 of the pipeline.
pub fn step_517(x: Num) -> Num {
    let pairs = [(x, 517 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 518 of the pipeline.
pub fn step_518(x: Num) -> Num {
    let pairs = [(x, 518 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 519 of the pipeline.
pub fn step_519(x: Num) -> Num {
    let pairs = [(x, 519 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 520 of the pipeline.
pub fn step_520(x: Num) -> Num {
    let pairs = [(x, 520 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 521 of the pipeline.
pub fn step_521(x: Num) -> Num {
    let pairs = [(x, 521 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 522 of the pipeline.
pub fn step_522(x: Num) -> Num {
    let pairs = [(x, 522 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 523 of the pipeline.
pub fn step_523(x: Num) -> Num {
    let pairs = [(x, 523 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 524 of the pipeline.
pub fn step_524(x: Num) -> Num {
    let pairs = [(x, 524 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 525 of the pipeline.
pub fn step_525(x: Num) -> Num {
    let pairs = [(x, 525 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 526 of the pipeline.
pub fn step_526(x: Num) -> Num {
    let pairs = [(x, 526 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 527 of the pipeline.
pub fn step_527(x: Num) -> Num {
    let pairs = [(x, 527 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 528 of the pipeline.
pub fn step_528(x: Num) -> Num {
    let pairs = [(x, 528 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 529 of the pipeline.
pub fn step_529(x: Num) -> Num {
    let pairs = [(x, 529 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 530 of the pipeline.
pub fn step_530(x: Num) -> Num {
    let pairs = [(x, 530 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 531 of the pipeline.
pub fn step_531(x: Num) -> Num {
    let pairs = [(x, 531 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 532 of the pipeline.
pub fn step_532(x: Num) -> Num {
    let pairs = [(x, 532 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 533 of the pipeline.
pub fn step_533(x: Num) -> Num {
    let pairs = [(x, 533 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 534 of the pipeline.
pub fn step_534(x: Num) -> Num {
    let pairs = [(x, 534 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 535 of the pipeline.
pub fn step_535(x: Num) -> Num {
    let pairs = [(x, 535 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 536 of the pipeline.
pub fn step_536(x: Num) -> Num {
    let pairs = [(x, 536 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 537 of the pipeline.
pub fn step_537(x: Num) -> Num {
    let pairs = [(x, 537 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 538 of the pipeline.
pub fn step_538(x: Num) -> Num {
    let pairs = [(x, 538 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 539 of the pipeline.
pub fn step_539(x: Num) -> Num {
    let pairs = [(x, 539 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 540 of the pipeline.
pub fn step_540(x: Num) -> Num {
    let pairs = [(x, 540 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 541 of the pipeline.
pub fn step_541(x: Num) -> Num {
    let pairs = [(x, 541 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 542 of the pipeline.
pub fn step_542(x: Num) -> Num {
    let pairs = [(x, 542 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 543 of the pipeline.
pub fn step_543(x: Num) -> Num {
    let pairs = [(x, 543 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 544 of the pipeline.
pub fn step_544(x: Num) -> Num {
    let pairs = [(x, 544 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 545 of the pipeline.
pub fn step_545(x: Num) -> Num {
    let pairs = [(x, 545 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 546 of the pipeline.
pub fn step_546(x: Num) -> Num {
    let pairs = [(x, 546 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 547 of the pipeline.
pub fn step_547(x: Num) -> Num {
    let pairs = [(x, 547 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 548 of the pipeline.
pub fn step_548(x: Num) -> Num {
    let pairs = [(x, 548 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 549 of the pipeline.
pub fn step_549(x: Num) -> Num {
    let pairs = [(x, 549 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 550 of the pipeline.
pub fn step_550(x: Num) -> Num {
    let pairs = [(x, 550 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 551 of the pipeline.
pub fn step_551(x: Num) -> Num {
    let pairs = [(x, 551 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 552 of the pipeline.
pub fn step_552(x: Num) -> Num {
    let pairs = [(x, 552 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 553 of the pipeline.
pub fn step_553(x: Num) -> Num {
    let pairs = [(x, 553 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 554 of the pipeline.
pub fn step_554(x: Num) -> Num {
    let pairs = [(x, 554 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 555 of the pipeline.
pub fn step_555(x: Num) -> Num {
    let pairs = [(x, 555 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 556 of the pipeline.
pub fn step_556(x: Num) -> Num {
    let pairs = [(x, 556 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 557 of the pipeline.
pub fn step_557(x: Num) -> Num {
    let pairs = [(x, 557 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 558 of the pipeline.
pub fn step_558(x: Num) -> Num {
    let pairs = [(x, 558 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 559 of the pipeline.
pub fn step_559(x: Num) -> Num {
    let pairs = [(x, 559 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 560 of the pipeline.
pub fn step_560(x: Num) -> Num {
    let pairs = [(x, 560 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 561 of the pipeline.
pub fn step_561(x: Num) -> Num {
    let pairs = [(x, 561 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 562 of the pipeline.
pub fn step_562(x: Num) -> Num {
    let pairs = [(x, 562 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 563 of the pipeline.
pub fn step_563(x: Num) -> Num {
    let pairs = [(x, 563 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 564 of the pipeline.
pub fn step_564(x: Num) -> Num {
    let pairs = [(x, 564 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 565 of the pipeline.
pub fn step_565(x: Num) -> Num {
    let pairs = [(x, 565 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 566 of the pipeline.
pub fn step_566(x: Num) -> Num {
    let pairs = [(x, 566 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 567 of the pipeline.
pub fn step_567(x: Num) -> Num {
    let pairs = [(x, 567 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 568 of the pipeline.
pub fn step_568(x: Num) -> Num {
    let pairs = [(x, 568 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 569 of the pipeline.
pub fn step_569(x: Num) -> Num {
    let pairs = [(x, 569 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 570 of the pipeline.
pub fn step_570(x: Num) -> Num {
    let pairs = [(x, 570 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 571 of the pipeline.
pub fn step_571(x: Num) -> Num {
    let pairs = [(x, 571 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 572 of the pipeline.
pub fn step_572(x: Num) -> Num {
    let pairs = [(x, 572 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 573 of the pipeline.
pub fn step_573(x: Num) -> Num {
    let pairs = [(x, 573 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 574 of the pipeline.
pub fn step_574(x: Num) -> Num {
    let pairs = [(x, 574 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 575 of the pipeline.
pub fn step_575(x: Num) -> Num {
    let pairs = [(x, 575 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 576 of the pipeline.
pub fn step_576(x: Num) -> Num {
    let pairs = [(x, 576 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 577 of the pipeline.
pub fn step_577(x: Num) -> Num {
    let pairs = [(x, 577 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 578 of the pipeline.
pub fn step_578(x: Num) -> Num {
    let pairs = [(x, 578 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 579 of the pipeline.
pub fn step_579(x: Num) -> Num {
    let pairs = [(x, 579 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 580 of the pipeline.
pub fn step_580(x: Num) -> Num {
    let pairs = [(x, 580 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 581 of the pipeline.
pub fn step_581(x: Num) -> Num {
    let pairs = [(x, 581 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 582 of the pipeline.
pub fn step_582(x: Num) -> Num {
    let pairs = [(x, 582 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 583 of the pipeline.
pub fn step_583(x: Num) -> Num {
    let pairs = [(x, 583 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 584 of the pipeline.
pub fn step_584(x: Num) -> Num {
    let pairs = [(x, 584 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 585 of the pipeline.
pub fn step_585(x: Num) -> Num {
    let pairs = [(x, 585 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 586 of the pipeline.
pub fn step_586(x: Num) -> Num {
    let pairs = [(x, 586 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 587 of the pipeline.
pub fn step_587(x: Num) -> Num {
    let pairs = [(x, 587 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 588 of the pipeline.
pub fn step_588(x: Num) -> Num {
    let pairs = [(x, 588 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 589 of the pipeline.
pub fn step_589(x: Num) -> Num {
    let pairs = [(x, 589 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 590 of the pipeline.
pub fn step_590(x: Num) -> Num {
    let pairs = [(x, 590 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 591 of the pipeline.
pub fn step_591(x: Num) -> Num {
    let pairs = [(x, 591 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 592 of the pipeline.
pub fn step_592(x: Num) -> Num {
    let pairs = [(x, 592 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 593 of the pipeline.
pub fn step_593(x: Num) -> Num {
    let pairs = [(x, 593 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 594 of the pipeline.
pub fn step_594(x: Num) -> Num {
    let pairs = [(x, 594 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 595 of the pipeline.
pub fn step_595(x: Num) -> Num {
    let pairs = [(x, 595 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 596 of the pipeline.
pub fn step_596(x: Num) -> Num {
    let pairs = [(x, 596 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 597 of the pipeline.
pub fn step_597(x: Num) -> Num {
    let pairs = [(x, 597 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 598 of the pipeline.
pub fn step_598(x: Num) -> Num {
    let pairs = [(x, 598 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 599 of the pipeline.
pub fn step_599(x: Num) -> Num {
    let pairs = [(x, 599 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 600 of the pipeline.
pub fn step_600(x: Num) -> Num {
    let pairs = [(x, 600 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 601 of the pipeline.
pub fn step_601(x: Num) -> Num {
    let pairs = [(x, 601 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 602 of the pipeline.
pub fn step_602(x: Num) -> Num {
    let pairs = [(x, 602 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 603 of the pipeline.
pub fn step_603(x: Num) -> Num {
    let pairs = [(x, 603 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 604 of the pipeline.
pub fn step_604(x: Num) -> Num {
    let pairs = [(x, 604 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 605 of the pipeline.
pub fn step_605(x: Num) -> Num {
    let pairs = [(x, 605 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 606 of the pipeline.
pub fn step_606(x: Num) -> Num {
    let pairs = [(x, 606 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 607 of the pipeline.
pub fn step_607(x: Num) -> Num {
    let pairs = [(x, 607 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 608 of the pipeline.
pub fn step_608(x: Num) -> Num {
    let pairs = [(x, 608 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 609 of the pipeline.
pub fn step_609(x: Num) -> Num {
    let pairs = [(x, 609 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 610 of the pipeline.
pub fn step_610(x: Num) -> Num {
    let pairs = [(x, 610 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 611 of the pipeline.
pub fn step_611(x: Num) -> Num {
    let pairs = [(x, 611 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 612 of the pipeline.
pub fn step_612(x: Num) -> Num {
    let pairs = [(x, 612 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 613 of the pipeline.
pub fn step_613(x: Num) -> Num {
    let pairs = [(x, 613 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 614 of the pipeline.
pub fn step_614(x: Num) -> Num {
    let pairs = [(x, 614 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 615 of the pipeline.
pub fn step_615(x: Num) -> Num {
    let pairs = [(x, 615 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 616 of the pipeline.
pub fn step_616(x: Num) -> Num {
    let pairs = [(x, 616 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 617 of the pipeline.
pub fn step_617(x: Num) -> Num {
    let pairs = [(x, 617 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 618 of the pipeline.
pub fn step_618(x: Num) -> Num {
    let pairs = [(x, 618 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 619 of the pipeline.
pub fn step_619(x: Num) -> Num {
    let pairs = [(x, 619 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 620 of the pipeline.
pub fn step_620(x: Num) -> Num {
    let pairs = [(x, 620 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 621 of the pipeline.
pub fn step_621(x: Num) -> Num {
    let pairs = [(x, 621 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 622 of the pipeline.
pub fn step_622(x: Num) -> Num {
    let pairs = [(x, 622 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 623 of the pipeline.
pub fn step_623(x: Num) -> Num {
    let pairs = [(x, 623 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 624 of the pipeline.
pub fn step_624(x: Num) -> Num {
    let pairs = [(x, 624 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 625 of the pipeline.
pub fn step_625(x: Num) -> Num {
    let pairs = [(x, 625 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 626 of the pipeline.
pub fn step_626(x: Num) -> Num {
    let pairs = [(x, 626 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 627 of the pipeline.
pub fn step_627(x: Num) -> Num {
    let pairs = [(x, 627 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 628 of the pipeline.
pub fn step_628(x: Num) -> Num {
    let pairs = [(x, 628 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 629 of the pipeline.
pub fn step_629(x: Num) -> Num {
    let pairs = [(x, 629 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 630 of the pipeline.
pub fn step_630(x: Num) -> Num {
    let pairs = [(x, 630 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 631 of the pipeline.
pub fn step_631(x: Num) -> Num {
    let pairs = [(x, 631 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 632 of the pipeline.
pub fn step_632(x: Num) -> Num {
    let pairs = [(x, 632 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 633 of the pipeline.
pub fn step_633(x: Num) -> Num {
    let pairs = [(x, 633 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 634 of the pipeline.
pub fn step_634(x: Num) -> Num {
    let pairs = [(x, 634 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 635 of the pipeline.
pub fn step_635(x: Num) -> Num {
    let pairs = [(x, 635 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 636 of the pipeline.
pub fn step_636(x: Num) -> Num {
    let pairs = [(x, 636 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 637 of the pipeline.
pub fn step_637(x: Num) -> Num {
    let pairs = [(x, 637 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 638 of the pipeline.
pub fn step_638(x: Num) -> Num {
    let pairs = [(x, 638 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 639 of the pipeline.
pub fn step_639(x: Num) -> Num {
    let pairs = [(x, 639 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 640 of the pipeline.
pub fn step_640(x: Num) -> Num {
    let pairs = [(x, 640 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 641 of the pipeline.
pub fn step_641(x: Num) -> Num {
    let pairs = [(x, 641 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 642 of the pipeline.
pub fn step_642(x: Num) -> Num {
    let pairs = [(x, 642 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 643 of the pipeline.
pub fn step_643(x: Num) -> Num {
    let pairs = [(x, 643 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 644 of the pipeline.
pub fn step_644(x: Num) -> Num {
    let pairs = [(x, 644 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 645 of the pipeline.
pub fn step_645(x: Num) -> Num {
    let pairs = [(x, 645 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 646 of the pipeline.
pub fn step_646(x: Num) -> Num {
    let pairs = [(x, 646 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 647 of the pipeline.
pub fn step_647(x: Num) -> Num {
    let pairs = [(x, 647 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 648 of the pipeline.
pub fn step_648(x: Num) -> Num {
    let pairs = [(x, 648 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 649 of the pipeline.
pub fn step_649(x: Num) -> Num {
    let pairs = [(x, 649 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 650 of the pipeline.
pub fn step_650(x: Num) -> Num {
    let pairs = [(x, 650 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 651 of the pipeline.
pub fn step_651(x: Num) -> Num {
    let pairs = [(x, 651 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 652 of the pipeline.
pub fn step_652(x: Num) -> Num {
    let pairs = [(x, 652 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 653 of the pipeline.
pub fn step_653(x: Num) -> Num {
    let pairs = [(x, 653 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 654 of the pipeline.
pub fn step_654(x: Num) -> Num {
    let pairs = [(x, 654 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 655 of the pipeline.
pub fn step_655(x: Num) -> Num {
    let pairs = [(x, 655 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 656 of the pipeline.
pub fn step_656(x: Num) -> Num {
    let pairs = [(x, 656 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 657 of the pipeline.
pub fn step_657(x: Num) -> Num {
    let pairs = [(x, 657 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 658 of the pipeline.
pub fn step_658(x: Num) -> Num {
    let pairs = [(x, 658 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 659 of the pipeline.
pub fn step_659(x: Num) -> Num {
    let pairs = [(x, 659 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 660 of the pipeline.
pub fn step_660(x: Num) -> Num {
    let pairs = [(x, 660 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 661 of the pipeline.
pub fn step_661(x: Num) -> Num {
    let pairs = [(x, 661 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 662 of the pipeline.
pub fn step_662(x: Num) -> Num {
    let pairs = [(x, 662 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 663 of the pipeline.
pub fn step_663(x: Num) -> Num {
    let pairs = [(x, 663 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 664 of the pipeline.
pub fn step_664(x: Num) -> Num {
    let pairs = [(x, 664 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 665 of the pipeline.
pub fn step_665(x: Num) -> Num {
    let pairs = [(x, 665 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 666 of the pipeline.
pub fn step_666(x: Num) -> Num {
    let pairs = [(x, 666 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 667 of the pipeline.
pub fn step_667(x: Num) -> Num {
    let pairs = [(x, 667 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 668 of the pipeline.
pub fn step_668(x: Num) -> Num {
    let pairs = [(x, 668 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 669 of the pipeline.
pub fn step_669(x: Num) -> Num {
    let pairs = [(x, 669 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 670 of the pipeline.
pub fn step_670(x: Num) -> Num {
    let pairs = [(x, 670 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 671 of the pipeline.
pub fn step_671(x: Num) -> Num {
    let pairs = [(x, 671 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 672 of the pipeline.
pub fn step_672(x: Num) -> Num {
    let pairs = [(x, 672 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 673 of the pipeline.
pub fn step_673(x: Num) -> Num {
    let pairs = [(x, 673 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 674 of the pipeline.
pub fn step_674(x: Num) -> Num {
    let pairs = [(x, 674 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 675 of the pipeline.
pub fn step_675(x: Num) -> Num {
    let pairs = [(x, 675 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 676 of the pipeline.
pub fn step_676(x: Num) -> Num {
    let pairs = [(x, 676 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 677 of the pipeline.
pub fn step_677(x: Num) -> Num {
    let pairs = [(x, 677 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 678 of the pipeline.
pub fn step_678(x: Num) -> Num {
    let pairs = [(x, 678 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 679 of the pipeline.
pub fn step_679(x: Num) -> Num {
    let pairs = [(x, 679 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 680 of the pipeline.
pub fn step_680(x: Num) -> Num {
    let pairs = [(x, 680 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 681 of the pipeline.
pub fn step_681(x: Num) -> Num {
    let pairs = [(x, 681 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 682 of the pipeline.
pub fn step_682(x: Num) -> Num {
    let pairs = [(x, 682 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 683 of the pipeline.
pub fn step_683(x: Num) -> Num {
    let pairs = [(x, 683 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 684 of the pipeline.
pub fn step_684(x: Num) -> Num {
    let pairs = [(x, 684 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 685 of the pipeline.
pub fn step_685(x: Num) -> Num {
    let pairs = [(x, 685 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 686 of the pipeline.
pub fn step_686(x: Num) -> Num {
    let pairs = [(x, 686 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 687 of the pipeline.
pub fn step_687(x: Num) -> Num {
    let pairs = [(x, 687 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 688 of the pipeline.
pub fn step_688(x: Num) -> Num {
    let pairs = [(x, 688 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 689 of the pipeline.
pub fn step_689(x: Num) -> Num {
    let pairs = [(x, 689 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 690 of the pipeline.
pub fn step_690(x: Num) -> Num {
    let pairs = [(x, 690 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 691 of the pipeline.
pub fn step_691(x: Num) -> Num {
    let pairs = [(x, 691 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 692 of the pipeline.
pub fn step_692(x: Num) -> Num {
    let pairs = [(x, 692 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 693 of the pipeline.
pub fn step_693(x: Num) -> Num {
    let pairs = [(x, 693 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 694 of the pipeline.
pub fn step_694(x: Num) -> Num {
    let pairs = [(x, 694 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 695 of the pipeline.
pub fn step_695(x: Num) -> Num {
    let pairs = [(x, 695 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 696 of the pipeline.
pub fn step_696(x: Num) -> Num {
    let pairs = [(x, 696 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 697 of the pipeline.
pub fn step_697(x: Num) -> Num {
    let pairs = [(x, 697 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 698 of the pipeline.
pub fn step_698(x: Num) -> Num {
    let pairs = [(x, 698 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 699 of the pipeline.
pub fn step_699(x: Num) -> Num {
    let pairs = [(x, 699 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 700 of the pipeline.
pub fn step_700(x: Num) -> Num {
    let pairs = [(x, 700 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 701 of the pipeline.
pub fn step_701(x: Num) -> Num {
    let pairs = [(x, 701 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 702 of the pipeline.
pub fn step_702(x: Num) -> Num {
    let pairs = [(x, 702 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 703 of the pipeline.
pub fn step_703(x: Num) -> Num {
    let pairs = [(x, 703 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 704 of the pipeline.
pub fn step_704(x: Num) -> Num {
    let pairs = [(x, 704 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 705 of the pipeline.
pub fn step_705(x: Num) -> Num {
    let pairs = [(x, 705 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 706 of the pipeline.
pub fn step_706(x: Num) -> Num {
    let pairs = [(x, 706 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 707 of the pipeline.
pub fn step_707(x: Num) -> Num {
    let pairs = [(x, 707 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 708 of the pipeline.
pub fn step_708(x: Num) -> Num {
    let pairs = [(x, 708 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 709 of the pipeline.
pub fn step_709(x: Num) -> Num {
    let pairs = [(x, 709 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 710 of the pipeline.
pub fn step_710(x: Num) -> Num {
    let pairs = [(x, 710 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 711 of the pipeline.
pub fn step_711(x: Num) -> Num {
    let pairs = [(x, 711 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 712 of the pipeline.
pub fn step_712(x: Num) -> Num {
    let pairs = [(x, 712 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 713 of the pipeline.
pub fn step_713(x: Num) -> Num {
    let pairs = [(x, 713 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 714 of the pipeline.
pub fn step_714(x: Num) -> Num {
    let pairs = [(x, 714 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 715 of the pipeline.
pub fn step_715(x: Num) -> Num {
    let pairs = [(x, 715 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 716 of the pipeline.
pub fn step_716(x: Num) -> Num {
    let pairs = [(x, 716 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 717 of the pipeline.
pub fn step_717(x: Num) -> Num {
    let pairs = [(x, 717 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 718 of the pipeline.
pub fn step_718(x: Num) -> Num {
    let pairs = [(x, 718 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 719 of the pipeline.
pub fn step_719(x: Num) -> Num {
    let pairs = [(x, 719 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 720 of the pipeline.
pub fn step_720(x: Num) -> Num {
    let pairs = [(x, 720 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 721 of the pipeline.
pub fn step_721(x: Num) -> Num {
    let pairs = [(x, 721 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 722 of the pipeline.
pub fn step_722(x: Num) -> Num {
    let pairs = [(x, 722 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 723 of the pipeline.
pub fn step_723(x: Num) -> Num {
    let pairs = [(x, 723 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 724 of the pipeline.
pub fn step_724(x: Num) -> Num {
    let pairs = [(x, 724 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 725 of the pipeline.
pub fn step_725(x: Num) -> Num {
    let pairs = [(x, 725 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 726 of the pipeline.
pub fn step_726(x: Num) -> Num {
    let pairs = [(x, 726 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 727 of the pipeline.
pub fn step_727(x: Num) -> Num {
    let pairs = [(x, 727 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 728 of the pipeline.
pub fn step_728(x: Num) -> Num {
    let pairs = [(x, 728 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 729 of the pipeline.
pub fn step_729(x: Num) -> Num {
    let pairs = [(x, 729 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 730 of the pipeline.
pub fn step_730(x: Num) -> Num {
    let pairs = [(x, 730 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 731 of the pipeline.
pub fn step_731(x: Num) -> Num {
    let pairs = [(x, 731 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 732 of the pipeline.
pub fn step_732(x: Num) -> Num {
    let pairs = [(x, 732 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 733 of the pipeline.
pub fn step_733(x: Num) -> Num {
    let pairs = [(x, 733 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 734 of the pipeline.
pub fn step_734(x: Num) -> Num {
    let pairs = [(x, 734 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 735 of the pipeline.
pub fn step_735(x: Num) -> Num {
    let pairs = [(x, 735 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 736 of the pipeline.
pub fn step_736(x: Num) -> Num {
    let pairs = [(x, 736 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 737 of the pipeline.
pub fn step_737(x: Num) -> Num {
    let pairs = [(x, 737 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 738 of the pipeline.
pub fn step_738(x: Num) -> Num {
    let pairs = [(x, 738 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 739 of the pipeline.
pub fn step_739(x: Num) -> Num {
    let pairs = [(x, 739 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 740 of the pipeline.
pub fn step_740(x: Num) -> Num {
    let pairs = [(x, 740 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 741 of the pipeline.
pub fn step_741(x: Num) -> Num {
    let pairs = [(x, 741 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 742 of the pipeline.
pub fn step_742(x: Num) -> Num {
    let pairs = [(x, 742 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 743 of the pipeline.
pub fn step_743(x: Num) -> Num {
    let pairs = [(x, 743 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 744 of the pipeline.
pub fn step_744(x: Num) -> Num {
    let pairs = [(x, 744 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 745 of the pipeline.
pub fn step_745(x: Num) -> Num {
    let pairs = [(x, 745 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 746 of the pipeline.
pub fn step_746(x: Num) -> Num {
    let pairs = [(x, 746 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 747 of the pipeline.
pub fn step_747(x: Num) -> Num {
    let pairs = [(x, 747 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 748 of the pipeline.
pub fn step_748(x: Num) -> Num {
    let pairs = [(x, 748 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 749 of the pipeline.
pub fn step_749(x: Num) -> Num {
    let pairs = [(x, 749 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 750 of the pipeline.
pub fn step_750(x: Num) -> Num {
    let pairs = [(x, 750 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 751 of the pipeline.
pub fn step_751(x: Num) -> Num {
    let pairs = [(x, 751 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 752 of the pipeline.
pub fn step_752(x: Num) -> Num {
    let pairs = [(x, 752 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 753 of the pipeline.
pub fn step_753(x: Num) -> Num {
    let pairs = [(x, 753 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 754 of the pipeline.
pub fn step_754(x: Num) -> Num {
    let pairs = [(x, 754 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 755 of the pipeline.
pub fn step_755(x: Num) -> Num {
    let pairs = [(x, 755 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 756 of the pipeline.
pub fn step_756(x: Num) -> Num {
    let pairs = [(x, 756 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 757 of the pipeline.
pub fn step_757(x: Num) -> Num {
    let pairs = [(x, 757 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 758 of the pipeline.
pub fn step_758(x: Num) -> Num {
    let pairs = [(x, 758 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 759 of the pipeline.
pub fn step_759(x: Num) -> Num {
    let pairs = [(x, 759 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 760 of the pipeline.
pub fn step_760(x: Num) -> Num {
    let pairs = [(x, 760 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 761 of the pipeline.
pub fn step_761(x: Num) -> Num {
    let pairs = [(x, 761 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 762 of the pipeline.
pub fn step_762(x: Num) -> Num {
    let pairs = [(x, 762 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 763 of the pipeline.
pub fn step_763(x: Num) -> Num {
    let pairs = [(x, 763 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 764 of the pipeline.
pub fn step_764(x: Num) -> Num {
    let pairs = [(x, 764 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 765 of the pipeline.
pub fn step_765(x: Num) -> Num {
    let pairs = [(x, 765 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 766 of the pipeline.
pub fn step_766(x: Num) -> Num {
    let pairs = [(x, 766 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 767 of the pipeline.
pub fn step_767(x: Num) -> Num {
    let pairs = [(x, 767 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 768 of the pipeline.
pub fn step_768(x: Num) -> Num {
    let pairs = [(x, 768 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 769 of the pipeline.
pub fn step_769(x: Num) -> Num {
    let pairs = [(x, 769 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 770 of the pipeline.
pub fn step_770(x: Num) -> Num {
    let pairs = [(x, 770 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 771 of the pipeline.
pub fn step_771(x: Num) -> Num {
    let pairs = [(x, 771 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 772 of the pipeline.
pub fn step_772(x: Num) -> Num {
    let pairs = [(x, 772 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 773 of the pipeline.
pub fn step_773(x: Num) -> Num {
    let pairs = [(x, 773 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 774 of the pipeline.
pub fn step_774(x: Num) -> Num {
    let pairs = [(x, 774 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 775 of the pipeline.
pub fn step_775(x: Num) -> Num {
    let pairs = [(x, 775 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 776 of the pipeline.
pub fn step_776(x: Num) -> Num {
    let pairs = [(x, 776 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 777 of the pipeline.
pub fn step_777(x: Num) -> Num {
    let pairs = [(x, 777 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 778 of the pipeline.
pub fn step_778(x: Num) -> Num {
    let pairs = [(x, 778 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 779 of the pipeline.
pub fn step_779(x: Num) -> Num {
    let pairs = [(x, 779 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 780 of the pipeline.
pub fn step_780(x: Num) -> Num {
    let pairs = [(x, 780 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 781 of the pipeline.
pub fn step_781(x: Num) -> Num {
    let pairs = [(x, 781 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 782 of the pipeline.
pub fn step_782(x: Num) -> Num {
    let pairs = [(x, 782 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 783 of the pipeline.
pub fn step_783(x: Num) -> Num {
    let pairs = [(x, 783 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 784 of the pipeline.
pub fn step_784(x: Num) -> Num {
    let pairs = [(x, 784 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 785 of the pipeline.
pub fn step_785(x: Num) -> Num {
    let pairs = [(x, 785 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 786 of the pipeline.
pub fn step_786(x: Num) -> Num {
    let pairs = [(x, 786 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 787 of the pipeline.
pub fn step_787(x: Num) -> Num {
    let pairs = [(x, 787 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 788 of the pipeline.
pub fn step_788(x: Num) -> Num {
    let pairs = [(x, 788 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 789 of the pipeline.
pub fn step_789(x: Num) -> Num {
    let pairs = [(x, 789 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 790 of the pipeline.
pub fn step_790(x: Num) -> Num {
    let pairs = [(x, 790 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 791 of the pipeline.
pub fn step_791(x: Num) -> Num {
    let pairs = [(x, 791 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 792 of the pipeline.
pub fn step_792(x: Num) -> Num {
    let pairs = [(x, 792 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 793 of the pipeline.
pub fn step_793(x: Num) -> Num {
    let pairs = [(x, 793 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 794 of the pipeline.
pub fn step_794(x: Num) -> Num {
    let pairs = [(x, 794 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 795 of the pipeline.
pub fn step_795(x: Num) -> Num {
    let pairs = [(x, 795 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 796 of the pipeline.
pub fn step_796(x: Num) -> Num {
    let pairs = [(x, 796 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 797 of the pipeline.
pub fn step_797(x: Num) -> Num {
    let pairs = [(x, 797 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 798 of the pipeline.
pub fn step_798(x: Num) -> Num {
    let pairs = [(x, 798 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}

/// Step 799 of the pipeline.
pub fn step_799(x: Num) -> Num {
    let pairs = [(x, 799 as Num), (x / 2, x % 3)];
    pairs.iter().map(|&(a, b)| a.wrapping_mul(b)).fold(0, |acc, v| acc ^ v)
}
