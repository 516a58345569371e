//! One test per step: the editor checks these with `--all-targets`; a terminal's
//! `cargo build` leaves them out.

#[test]
fn step_0_is_stable() {
    let x = 0 as app::Num;
    assert_eq!(app::step_0(x), app::step_0(x));
}

#[test]
fn step_1_is_stable() {
    let x = 1 as app::Num;
    assert_eq!(app::step_1(x), app::step_1(x));
}

#[test]
fn step_2_is_stable() {
    let x = 2 as app::Num;
    assert_eq!(app::step_2(x), app::step_2(x));
}

#[test]
fn step_3_is_stable() {
    let x = 3 as app::Num;
    assert_eq!(app::step_3(x), app::step_3(x));
}

#[test]
fn step_4_is_stable() {
    let x = 4 as app::Num;
    assert_eq!(app::step_4(x), app::step_4(x));
}

#[test]
fn step_5_is_stable() {
    let x = 5 as app::Num;
    assert_eq!(app::step_5(x), app::step_5(x));
}

#[test]
fn step_6_is_stable() {
    let x = 6 as app::Num;
    assert_eq!(app::step_6(x), app::step_6(x));
}

#[test]
fn step_7_is_stable() {
    let x = 7 as app::Num;
    assert_eq!(app::step_7(x), app::step_7(x));
}

#[test]
fn step_8_is_stable() {
    let x = 8 as app::Num;
    assert_eq!(app::step_8(x), app::step_8(x));
}

#[test]
fn step_9_is_stable() {
    let x = 9 as app::Num;
    assert_eq!(app::step_9(x), app::step_9(x));
}

#[test]
fn step_10_is_stable() {
    let x = 10 as app::Num;
    assert_eq!(app::step_10(x), app::step_10(x));
}

#[test]
fn step_11_is_stable() {
    let x = 11 as app::Num;
    assert_eq!(app::step_11(x), app::step_11(x));
}

#[test]
fn step_12_is_stable() {
    let x = 12 as app::Num;
    assert_eq!(app::step_12(x), app::step_12(x));
}

#[test]
fn step_13_is_stable() {
    let x = 13 as app::Num;
    assert_eq!(app::step_13(x), app::step_13(x));
}

#[test]
fn step_14_is_stable() {
    let x = 14 as app::Num;
    assert_eq!(app::step_14(x), app::step_14(x));
}

#[test]
fn step_15_is_stable() {
    let x = 15 as app::Num;
    assert_eq!(app::step_15(x), app::step_15(x));
}

#[test]
fn step_16_is_stable() {
    let x = 16 as app::Num;
    assert_eq!(app::step_16(x), app::step_16(x));
}

#[test]
fn step_17_is_stable() {
    let x = 17 as app::Num;
    assert_eq!(app::step_17(x), app::step_17(x));
}

#[test]
fn step_18_is_stable() {
    let x = 18 as app::Num;
    assert_eq!(app::step_18(x), app::step_18(x));
}

#[test]
fn step_19_is_stable() {
    let x = 19 as app::Num;
    assert_eq!(app::step_19(x), app::step_19(x));
}

#[test]
fn step_20_is_stable() {
    let x = 20 as app::Num;
    assert_eq!(app::step_20(x), app::step_20(x));
}

#[test]
fn step_21_is_stable() {
    let x = 21 as app::Num;
    assert_eq!(app::step_21(x), app::step_21(x));
}

#[test]
fn step_22_is_stable() {
    let x = 22 as app::Num;
    assert_eq!(app::step_22(x), app::step_22(x));
}

#[test]
fn step_23_is_stable() {
    let x = 23 as app::Num;
    assert_eq!(app::step_23(x), app::step_23(x));
}

#[test]
fn step_24_is_stable() {
    let x = 24 as app::Num;
    assert_eq!(app::step_24(x), app::step_24(x));
}

#[test]
fn step_25_is_stable() {
    let x = 25 as app::Num;
    assert_eq!(app::step_25(x), app::step_25(x));
}

#[test]
fn step_26_is_stable() {
    let x = 26 as app::Num;
    assert_eq!(app::step_26(x), app::step_26(x));
}

#[test]
fn step_27_is_stable() {
    let x = 27 as app::Num;
    assert_eq!(app::step_27(x), app::step_27(x));
}

#[test]
fn step_28_is_stable() {
    let x = 28 as app::Num;
    assert_eq!(app::step_28(x), app::step_28(x));
}

#[test]
fn step_29_is_stable() {
    let x = 29 as app::Num;
    assert_eq!(app::step_29(x), app::step_29(x));
}

#[test]
fn step_30_is_stable() {
    let x = 30 as app::Num;
    assert_eq!(app::step_30(x), app::step_30(x));
}

#[test]
fn step_31_is_stable() {
    let x = 31 as app::Num;
    assert_eq!(app::step_31(x), app::step_31(x));
}

#[test]
fn step_32_is_stable() {
    let x = 32 as app::Num;
    assert_eq!(app::step_32(x), app::step_32(x));
}

#[test]
fn step_33_is_stable() {
    let x = 33 as app::Num;
    assert_eq!(app::step_33(x), app::step_33(x));
}

#[test]
fn step_34_is_stable() {
    let x = 34 as app::Num;
    assert_eq!(app::step_34(x), app::step_34(x));
}

#[test]
fn step_35_is_stable() {
    let x = 35 as app::Num;
    assert_eq!(app::step_35(x), app::step_35(x));
}

#[test]
fn step_36_is_stable() {
    let x = 36 as app::Num;
    assert_eq!(app::step_36(x), app::step_36(x));
}

#[test]
fn step_37_is_stable() {
    let x = 37 as app::Num;
    assert_eq!(app::step_37(x), app::step_37(x));
}

#[test]
fn step_38_is_stable() {
    let x = 38 as app::Num;
    assert_eq!(app::step_38(x), app::step_38(x));
}

#[test]
fn step_39_is_stable() {
    let x = 39 as app::Num;
    assert_eq!(app::step_39(x), app::step_39(x));
}

#[test]
fn step_40_is_stable() {
    let x = 40 as app::Num;
    assert_eq!(app::step_40(x), app::step_40(x));
}

#[test]
fn step_41_is_stable() {
    let x = 41 as app::Num;
    assert_eq!(app::step_41(x), app::step_41(x));
}

#[test]
fn step_42_is_stable() {
    let x = 42 as app::Num;
    assert_eq!(app::step_42(x), app::step_42(x));
}

#[test]
fn step_43_is_stable() {
    let x = 43 as app::Num;
    assert_eq!(app::step_43(x), app::step_43(x));
}

#[test]
fn step_44_is_stable() {
    let x = 44 as app::Num;
    assert_eq!(app::step_44(x), app::step_44(x));
}

#[test]
fn step_45_is_stable() {
    let x = 45 as app::Num;
    assert_eq!(app::step_45(x), app::step_45(x));
}

#[test]
fn step_46_is_stable() {
    let x = 46 as app::Num;
    assert_eq!(app::step_46(x), app::step_46(x));
}

#[test]
fn step_47_is_stable() {
    let x = 47 as app::Num;
    assert_eq!(app::step_47(x), app::step_47(x));
}

#[test]
fn step_48_is_stable() {
    let x = 48 as app::Num;
    assert_eq!(app::step_48(x), app::step_48(x));
}

#[test]
fn step_49_is_stable() {
    let x = 49 as app::Num;
    assert_eq!(app::step_49(x), app::step_49(x));
}

#[test]
fn step_50_is_stable() {
    let x = 50 as app::Num;
    assert_eq!(app::step_50(x), app::step_50(x));
}

#[test]
fn step_51_is_stable() {
    let x = 51 as app::Num;
    assert_eq!(app::step_51(x), app::step_51(x));
}

#[test]
fn step_52_is_stable() {
    let x = 52 as app::Num;
    assert_eq!(app::step_52(x), app::step_52(x));
}

#[test]
fn step_53_is_stable() {
    let x = 53 as app::Num;
    assert_eq!(app::step_53(x), app::step_53(x));
}

#[test]
fn step_54_is_stable() {
    let x = 54 as app::Num;
    assert_eq!(app::step_54(x), app::step_54(x));
}

#[test]
fn step_55_is_stable() {
    let x = 55 as app::Num;
    assert_eq!(app::step_55(x), app::step_55(x));
}

#[test]
fn step_56_is_stable() {
    let x = 56 as app::Num;
    assert_eq!(app::step_56(x), app::step_56(x));
}

#[test]
fn step_57_is_stable() {
    let x = 57 as app::Num;
    assert_eq!(app::step_57(x), app::step_57(x));
}

#[test]
fn step_58_is_stable() {
    let x = 58 as app::Num;
    assert_eq!(app::step_58(x), app::step_58(x));
}

#[test]
fn step_59_is_stable() {
    let x = 59 as app::Num;
    assert_eq!(app::step_59(x), app::step_59(x));
}

#[test]
fn step_60_is_stable() {
    let x = 60 as app::Num;
    assert_eq!(app::step_60(x), app::step_60(x));
}

#[test]
fn step_61_is_stable() {
    let x = 61 as app::Num;
    assert_eq!(app::step_61(x), app::step_61(x));
}

#[test]
fn step_62_is_stable() {
    let x = 62 as app::Num;
    assert_eq!(app::step_62(x), app::step_62(x));
}

#[test]
fn step_63_is_stable() {
    let x = 63 as app::Num;
    assert_eq!(app::step_63(x), app::step_63(x));
}

#[test]
fn step_64_is_stable() {
    let x = 64 as app::Num;
    assert_eq!(app::step_64(x), app::step_64(x));
}

#[test]
fn step_65_is_stable() {
    let x = 65 as app::Num;
    assert_eq!(app::step_65(x), app::step_65(x));
}

#[test]
fn step_66_is_stable() {
    let x = 66 as app::Num;
    assert_eq!(app::step_66(x), app::step_66(x));
}

#[test]
fn step_67_is_stable() {
    let x = 67 as app::Num;
    assert_eq!(app::step_67(x), app::step_67(x));
}

#[test]
fn step_68_is_stable() {
    let x = 68 as app::Num;
    assert_eq!(app::step_68(x), app::step_68(x));
}

#[test]
fn step_69_is_stable() {
    let x = 69 as app::Num;
    assert_eq!(app::step_69(x), app::step_69(x));
}

#[test]
fn step_70_is_stable() {
    let x = 70 as app::Num;
    assert_eq!(app::step_70(x), app::step_70(x));
}

#[test]
fn step_71_is_stable() {
    let x = 71 as app::Num;
    assert_eq!(app::step_71(x), app::step_71(x));
}

#[test]
fn step_72_is_stable() {
    let x = 72 as app::Num;
    assert_eq!(app::step_72(x), app::step_72(x));
}

#[test]
fn step_73_is_stable() {
    let x = 73 as app::Num;
    assert_eq!(app::step_73(x), app::step_73(x));
}

#[test]
fn step_74_is_stable() {
    let x = 74 as app::Num;
    assert_eq!(app::step_74(x), app::step_74(x));
}

#[test]
fn step_75_is_stable() {
    let x = 75 as app::Num;
    assert_eq!(app::step_75(x), app::step_75(x));
}

#[test]
fn step_76_is_stable() {
    let x = 76 as app::Num;
    assert_eq!(app::step_76(x), app::step_76(x));
}

#[test]
fn step_77_is_stable() {
    let x = 77 as app::Num;
    assert_eq!(app::step_77(x), app::step_77(x));
}

#[test]
fn step_78_is_stable() {
    let x = 78 as app::Num;
    assert_eq!(app::step_78(x), app::step_78(x));
}

#[test]
fn step_79_is_stable() {
    let x = 79 as app::Num;
    assert_eq!(app::step_79(x), app::step_79(x));
}

#[test]
fn step_80_is_stable() {
    let x = 80 as app::Num;
    assert_eq!(app::step_80(x), app::step_80(x));
}

#[test]
fn step_81_is_stable() {
    let x = 81 as app::Num;
    assert_eq!(app::step_81(x), app::step_81(x));
}

#[test]
fn step_82_is_stable() {
    let x = 82 as app::Num;
    assert_eq!(app::step_82(x), app::step_82(x));
}

#[test]
fn step_83_is_stable() {
    let x = 83 as app::Num;
    assert_eq!(app::step_83(x), app::step_83(x));
}

#[test]
fn step_84_is_stable() {
    let x = 84 as app::Num;
    assert_eq!(app::step_84(x), app::step_84(x));
}

#[test]
fn step_85_is_stable() {
    let x = 85 as app::Num;
    assert_eq!(app::step_85(x), app::step_85(x));
}

#[test]
fn step_86_is_stable() {
    let x = 86 as app::Num;
    assert_eq!(app::step_86(x), app::step_86(x));
}

#[test]
fn step_87_is_stable() {
    let x = 87 as app::Num;
    assert_eq!(app::step_87(x), app::step_87(x));
}

#[test]
fn step_88_is_stable() {
    let x = 88 as app::Num;
    assert_eq!(app::step_88(x), app::step_88(x));
}

#[test]
fn step_89_is_stable() {
    let x = 89 as app::Num;
    assert_eq!(app::step_89(x), app::step_89(x));
}

#[test]
fn step_90_is_stable() {
    let x = 90 as app::Num;
    assert_eq!(app::step_90(x), app::step_90(x));
}

#[test]
fn step_91_is_stable() {
    let x = 91 as app::Num;
    assert_eq!(app::step_91(x), app::step_91(x));
}

#[test]
fn step_92_is_stable() {
    let x = 92 as app::Num;
    assert_eq!(app::step_92(x), app::step_92(x));
}

#[test]
fn step_93_is_stable() {
    let x = 93 as app::Num;
    assert_eq!(app::step_93(x), app::step_93(x));
}

#[test]
fn step_94_is_stable() {
    let x = 94 as app::Num;
    assert_eq!(app::step_94(x), app::step_94(x));
}

#[test]
fn step_95_is_stable() {
    let x = 95 as app::Num;
    assert_eq!(app::step_95(x), app::step_95(x));
}

#[test]
fn step_96_is_stable() {
    let x = 96 as app::Num;
    assert_eq!(app::step_96(x), app::step_96(x));
}

#[test]
fn step_97_is_stable() {
    let x = 97 as app::Num;
    assert_eq!(app::step_97(x), app::step_97(x));
}

#[test]
fn step_98_is_stable() {
    let x = 98 as app::Num;
    assert_eq!(app::step_98(x), app::step_98(x));
}

#[test]
fn step_99_is_stable() {
    let x = 99 as app::Num;
    assert_eq!(app::step_99(x), app::step_99(x));
}

#[test]
fn step_100_is_stable() {
    let x = 100 as app::Num;
    assert_eq!(app::step_100(x), app::step_100(x));
}

#[test]
fn step_101_is_stable() {
    let x = 101 as app::Num;
    assert_eq!(app::step_101(x), app::step_101(x));
}

#[test]
fn step_102_is_stable() {
    let x = 102 as app::Num;
    assert_eq!(app::step_102(x), app::step_102(x));
}

#[test]
fn step_103_is_stable() {
    let x = 103 as app::Num;
    assert_eq!(app::step_103(x), app::step_103(x));
}

#[test]
fn step_104_is_stable() {
    let x = 104 as app::Num;
    assert_eq!(app::step_104(x), app::step_104(x));
}

#[test]
fn step_105_is_stable() {
    let x = 105 as app::Num;
    assert_eq!(app::step_105(x), app::step_105(x));
}

#[test]
fn step_106_is_stable() {
    let x = 106 as app::Num;
    assert_eq!(app::step_106(x), app::step_106(x));
}

#[test]
fn step_107_is_stable() {
    let x = 107 as app::Num;
    assert_eq!(app::step_107(x), app::step_107(x));
}

#[test]
fn step_108_is_stable() {
    let x = 108 as app::Num;
    assert_eq!(app::step_108(x), app::step_108(x));
}

#[test]
fn step_109_is_stable() {
    let x = 109 as app::Num;
    assert_eq!(app::step_109(x), app::step_109(x));
}

#[test]
fn step_110_is_stable() {
    let x = 110 as app::Num;
    assert_eq!(app::step_110(x), app::step_110(x));
}

#[test]
fn step_111_is_stable() {
    let x = 111 as app::Num;
    assert_eq!(app::step_111(x), app::step_111(x));
}

#[test]
fn step_112_is_stable() {
    let x = 112 as app::Num;
    assert_eq!(app::step_112(x), app::step_112(x));
}

#[test]
fn step_113_is_stable() {
    let x = 113 as app::Num;
    assert_eq!(app::step_113(x), app::step_113(x));
}

#[test]
fn step_114_is_stable() {
    let x = 114 as app::Num;
    assert_eq!(app::step_114(x), app::step_114(x));
}

#[test]
fn step_115_is_stable() {
    let x = 115 as app::Num;
    assert_eq!(app::step_115(x), app::step_115(x));
}

#[test]
fn step_116_is_stable() {
    let x = 116 as app::Num;
    assert_eq!(app::step_116(x), app::step_116(x));
}

#[test]
fn step_117_is_stable() {
    let x = 117 as app::Num;
    assert_eq!(app::step_117(x), app::step_117(x));
}

#[test]
fn step_118_is_stable() {
    let x = 118 as app::Num;
    assert_eq!(app::step_118(x), app::step_118(x));
}

#[test]
fn step_119_is_stable() {
    let x = 119 as app::Num;
    assert_eq!(app::step_119(x), app::step_119(x));
}

#[test]
fn step_120_is_stable() {
    let x = 120 as app::Num;
    assert_eq!(app::step_120(x), app::step_120(x));
}

#[test]
fn step_121_is_stable() {
    let x = 121 as app::Num;
    assert_eq!(app::step_121(x), app::step_121(x));
}

#[test]
fn step_122_is_stable() {
    let x = 122 as app::Num;
    assert_eq!(app::step_122(x), app::step_122(x));
}

#[test]
fn step_123_is_stable() {
    let x = 123 as app::Num;
    assert_eq!(app::step_123(x), app::step_123(x));
}

#[test]
fn step_124_is_stable() {
    let x = 124 as app::Num;
    assert_eq!(app::step_124(x), app::step_124(x));
}

#[test]
fn step_125_is_stable() {
    let x = 125 as app::Num;
    assert_eq!(app::step_125(x), app::step_125(x));
}

#[test]
fn step_126_is_stable() {
    let x = 126 as app::Num;
    assert_eq!(app::step_126(x), app::step_126(x));
}

#[test]
fn step_127_is_stable() {
    let x = 127 as app::Num;
    assert_eq!(app::step_127(x), app::step_127(x));
}

#[test]
fn step_128_is_stable() {
    let x = 128 as app::Num;
    assert_eq!(app::step_128(x), app::step_128(x));
}

#[test]
fn step_129_is_stable() {
    let x = 129 as app::Num;
    assert_eq!(app::step_129(x), app::step_129(x));
}

#[test]
fn step_130_is_stable() {
    let x = 130 as app::Num;
    assert_eq!(app::step_130(x), app::step_130(x));
}

#[test]
fn step_131_is_stable() {
    let x = 131 as app::Num;
    assert_eq!(app::step_131(x), app::step_131(x));
}

#[test]
fn step_132_is_stable() {
    let x = 132 as app::Num;
    assert_eq!(app::step_132(x), app::step_132(x));
}

#[test]
fn step_133_is_stable() {
    let x = 133 as app::Num;
    assert_eq!(app::step_133(x), app::step_133(x));
}

#[test]
fn step_134_is_stable() {
    let x = 134 as app::Num;
    assert_eq!(app::step_134(x), app::step_134(x));
}

#[test]
fn step_135_is_stable() {
    let x = 135 as app::Num;
    assert_eq!(app::step_135(x), app::step_135(x));
}

#[test]
fn step_136_is_stable() {
    let x = 136 as app::Num;
    assert_eq!(app::step_136(x), app::step_136(x));
}

#[test]
fn step_137_is_stable() {
    let x = 137 as app::Num;
    assert_eq!(app::step_137(x), app::step_137(x));
}

#[test]
fn step_138_is_stable() {
    let x = 138 as app::Num;
    assert_eq!(app::step_138(x), app::step_138(x));
}

#[test]
fn step_139_is_stable() {
    let x = 139 as app::Num;
    assert_eq!(app::step_139(x), app::step_139(x));
}

#[test]
fn step_140_is_stable() {
    let x = 140 as app::Num;
    assert_eq!(app::step_140(x), app::step_140(x));
}

#[test]
fn step_141_is_stable() {
    let x = 141 as app::Num;
    assert_eq!(app::step_141(x), app::step_141(x));
}

#[test]
fn step_142_is_stable() {
    let x = 142 as app::Num;
    assert_eq!(app::step_142(x), app::step_142(x));
}

#[test]
fn step_143_is_stable() {
    let x = 143 as app::Num;
    assert_eq!(app::step_143(x), app::step_143(x));
}

#[test]
fn step_144_is_stable() {
    let x = 144 as app::Num;
    assert_eq!(app::step_144(x), app::step_144(x));
}

#[test]
fn step_145_is_stable() {
    let x = 145 as app::Num;
    assert_eq!(app::step_145(x), app::step_145(x));
}

#[test]
fn step_146_is_stable() {
    let x = 146 as app::Num;
    assert_eq!(app::step_146(x), app::step_146(x));
}

#[test]
fn step_147_is_stable() {
    let x = 147 as app::Num;
    assert_eq!(app::step_147(x), app::step_147(x));
}

#[test]
fn step_148_is_stable() {
    let x = 148 as app::Num;
    assert_eq!(app::step_148(x), app::step_148(x));
}

#[test]
fn step_149_is_stable() {
    let x = 149 as app::Num;
    assert_eq!(app::step_149(x), app::step_149(x));
}

#[test]
fn step_150_is_stable() {
    let x = 150 as app::Num;
    assert_eq!(app::step_150(x), app::step_150(x));
}

#[test]
fn step_151_is_stable() {
    let x = 151 as app::Num;
    assert_eq!(app::step_151(x), app::step_151(x));
}

#[test]
fn step_152_is_stable() {
    let x = 152 as app::Num;
    assert_eq!(app::step_152(x), app::step_152(x));
}

#[test]
fn step_153_is_stable() {
    let x = 153 as app::Num;
    assert_eq!(app::step_153(x), app::step_153(x));
}

#[test]
fn step_154_is_stable() {
    let x = 154 as app::Num;
    assert_eq!(app::step_154(x), app::step_154(x));
}

#[test]
fn step_155_is_stable() {
    let x = 155 as app::Num;
    assert_eq!(app::step_155(x), app::step_155(x));
}

#[test]
fn step_156_is_stable() {
    let x = 156 as app::Num;
    assert_eq!(app::step_156(x), app::step_156(x));
}

#[test]
fn step_157_is_stable() {
    let x = 157 as app::Num;
    assert_eq!(app::step_157(x), app::step_157(x));
}

#[test]
fn step_158_is_stable() {
    let x = 158 as app::Num;
    assert_eq!(app::step_158(x), app::step_158(x));
}

#[test]
fn step_159_is_stable() {
    let x = 159 as app::Num;
    assert_eq!(app::step_159(x), app::step_159(x));
}

#[test]
fn step_160_is_stable() {
    let x = 160 as app::Num;
    assert_eq!(app::step_160(x), app::step_160(x));
}

#[test]
fn step_161_is_stable() {
    let x = 161 as app::Num;
    assert_eq!(app::step_161(x), app::step_161(x));
}

#[test]
fn step_162_is_stable() {
    let x = 162 as app::Num;
    assert_eq!(app::step_162(x), app::step_162(x));
}

#[test]
fn step_163_is_stable() {
    let x = 163 as app::Num;
    assert_eq!(app::step_163(x), app::step_163(x));
}

#[test]
fn step_164_is_stable() {
    let x = 164 as app::Num;
    assert_eq!(app::step_164(x), app::step_164(x));
}

#[test]
fn step_165_is_stable() {
    let x = 165 as app::Num;
    assert_eq!(app::step_165(x), app::step_165(x));
}

#[test]
fn step_166_is_stable() {
    let x = 166 as app::Num;
    assert_eq!(app::step_166(x), app::step_166(x));
}

#[test]
fn step_167_is_stable() {
    let x = 167 as app::Num;
    assert_eq!(app::step_167(x), app::step_167(x));
}

#[test]
fn step_168_is_stable() {
    let x = 168 as app::Num;
    assert_eq!(app::step_168(x), app::step_168(x));
}

#[test]
fn step_169_is_stable() {
    let x = 169 as app::Num;
    assert_eq!(app::step_169(x), app::step_169(x));
}

#[test]
fn step_170_is_stable() {
    let x = 170 as app::Num;
    assert_eq!(app::step_170(x), app::step_170(x));
}

#[test]
fn step_171_is_stable() {
    let x = 171 as app::Num;
    assert_eq!(app::step_171(x), app::step_171(x));
}

#[test]
fn step_172_is_stable() {
    let x = 172 as app::Num;
    assert_eq!(app::step_172(x), app::step_172(x));
}

#[test]
fn step_173_is_stable() {
    let x = 173 as app::Num;
    assert_eq!(app::step_173(x), app::step_173(x));
}

#[test]
fn step_174_is_stable() {
    let x = 174 as app::Num;
    assert_eq!(app::step_174(x), app::step_174(x));
}

#[test]
fn step_175_is_stable() {
    let x = 175 as app::Num;
    assert_eq!(app::step_175(x), app::step_175(x));
}

#[test]
fn step_176_is_stable() {
    let x = 176 as app::Num;
    assert_eq!(app::step_176(x), app::step_176(x));
}

#[test]
fn step_177_is_stable() {
    let x = 177 as app::Num;
    assert_eq!(app::step_177(x), app::step_177(x));
}

#[test]
fn step_178_is_stable() {
    let x = 178 as app::Num;
    assert_eq!(app::step_178(x), app::step_178(x));
}

#[test]
fn step_179_is_stable() {
    let x = 179 as app::Num;
    assert_eq!(app::step_179(x), app::step_179(x));
}

#[test]
fn step_180_is_stable() {
    let x = 180 as app::Num;
    assert_eq!(app::step_180(x), app::step_180(x));
}

#[test]
fn step_181_is_stable() {
    let x = 181 as app::Num;
    assert_eq!(app::step_181(x), app::step_181(x));
}

#[test]
fn step_182_is_stable() {
    let x = 182 as app::Num;
    assert_eq!(app::step_182(x), app::step_182(x));
}

#[test]
fn step_183_is_stable() {
    let x = 183 as app::Num;
    assert_eq!(app::step_183(x), app::step_183(x));
}

#[test]
fn step_184_is_stable() {
    let x = 184 as app::Num;
    assert_eq!(app::step_184(x), app::step_184(x));
}

#[test]
fn step_185_is_stable() {
    let x = 185 as app::Num;
    assert_eq!(app::step_185(x), app::step_185(x));
}

#[test]
fn step_186_is_stable() {
    let x = 186 as app::Num;
    assert_eq!(app::step_186(x), app::step_186(x));
}

#[test]
fn step_187_is_stable() {
    let x = 187 as app::Num;
    assert_eq!(app::step_187(x), app::step_187(x));
}

#[test]
fn step_188_is_stable() {
    let x = 188 as app::Num;
    assert_eq!(app::step_188(x), app::step_188(x));
}

#[test]
fn step_189_is_stable() {
    let x = 189 as app::Num;
    assert_eq!(app::step_189(x), app::step_189(x));
}

#[test]
fn step_190_is_stable() {
    let x = 190 as app::Num;
    assert_eq!(app::step_190(x), app::step_190(x));
}

#[test]
fn step_191_is_stable() {
    let x = 191 as app::Num;
    assert_eq!(app::step_191(x), app::step_191(x));
}

#[test]
fn step_192_is_stable() {
    let x = 192 as app::Num;
    assert_eq!(app::step_192(x), app::step_192(x));
}

#[test]
fn step_193_is_stable() {
    let x = 193 as app::Num;
    assert_eq!(app::step_193(x), app::step_193(x));
}

#[test]
fn step_194_is_stable() {
    let x = 194 as app::Num;
    assert_eq!(app::step_194(x), app::step_194(x));
}

#[test]
fn step_195_is_stable() {
    let x = 195 as app::Num;
    assert_eq!(app::step_195(x), app::step_195(x));
}

#[test]
fn step_196_is_stable() {
    let x = 196 as app::Num;
    assert_eq!(app::step_196(x), app::step_196(x));
}

#[test]
fn step_197_is_stable() {
    let x = 197 as app::Num;
    assert_eq!(app::step_197(x), app::step_197(x));
}

#[test]
fn step_198_is_stable() {
    let x = 198 as app::Num;
    assert_eq!(app::step_198(x), app::step_198(x));
}

#[test]
fn step_199_is_stable() {
    let x = 199 as app::Num;
    assert_eq!(app::step_199(x), app::step_199(x));
}

#[test]
fn step_200_is_stable() {
    let x = 0 as app::Num;
    assert_eq!(app::step_200(x), app::step_200(x));
}

#[test]
fn step_201_is_stable() {
    let x = 1 as app::Num;
    assert_eq!(app::step_201(x), app::step_201(x));
}

#[test]
fn step_202_is_stable() {
    let x = 2 as app::Num;
    assert_eq!(app::step_202(x), app::step_202(x));
}

#[test]
fn step_203_is_stable() {
    let x = 3 as app::Num;
    assert_eq!(app::step_203(x), app::step_203(x));
}

#[test]
fn step_204_is_stable() {
    let x = 4 as app::Num;
    assert_eq!(app::step_204(x), app::step_204(x));
}

#[test]
fn step_205_is_stable() {
    let x = 5 as app::Num;
    assert_eq!(app::step_205(x), app::step_205(x));
}

#[test]
fn step_206_is_stable() {
    let x = 6 as app::Num;
    assert_eq!(app::step_206(x), app::step_206(x));
}

#[test]
fn step_207_is_stable() {
    let x = 7 as app::Num;
    assert_eq!(app::step_207(x), app::step_207(x));
}

#[test]
fn step_208_is_stable() {
    let x = 8 as app::Num;
    assert_eq!(app::step_208(x), app::step_208(x));
}

#[test]
fn step_209_is_stable() {
    let x = 9 as app::Num;
    assert_eq!(app::step_209(x), app::step_209(x));
}

#[test]
fn step_210_is_stable() {
    let x = 10 as app::Num;
    assert_eq!(app::step_210(x), app::step_210(x));
}

#[test]
fn step_211_is_stable() {
    let x = 11 as app::Num;
    assert_eq!(app::step_211(x), app::step_211(x));
}

#[test]
fn step_212_is_stable() {
    let x = 12 as app::Num;
    assert_eq!(app::step_212(x), app::step_212(x));
}

#[test]
fn step_213_is_stable() {
    let x = 13 as app::Num;
    assert_eq!(app::step_213(x), app::step_213(x));
}

#[test]
fn step_214_is_stable() {
    let x = 14 as app::Num;
    assert_eq!(app::step_214(x), app::step_214(x));
}

#[test]
fn step_215_is_stable() {
    let x = 15 as app::Num;
    assert_eq!(app::step_215(x), app::step_215(x));
}

#[test]
fn step_216_is_stable() {
    let x = 16 as app::Num;
    assert_eq!(app::step_216(x), app::step_216(x));
}

#[test]
fn step_217_is_stable() {
    let x = 17 as app::Num;
    assert_eq!(app::step_217(x), app::step_217(x));
}

#[test]
fn step_218_is_stable() {
    let x = 18 as app::Num;
    assert_eq!(app::step_218(x), app::step_218(x));
}

#[test]
fn step_219_is_stable() {
    let x = 19 as app::Num;
    assert_eq!(app::step_219(x), app::step_219(x));
}

#[test]
fn step_220_is_stable() {
    let x = 20 as app::Num;
    assert_eq!(app::step_220(x), app::step_220(x));
}

#[test]
fn step_221_is_stable() {
    let x = 21 as app::Num;
    assert_eq!(app::step_221(x), app::step_221(x));
}

#[test]
fn step_222_is_stable() {
    let x = 22 as app::Num;
    assert_eq!(app::step_222(x), app::step_222(x));
}

#[test]
fn step_223_is_stable() {
    let x = 23 as app::Num;
    assert_eq!(app::step_223(x), app::step_223(x));
}

#[test]
fn step_224_is_stable() {
    let x = 24 as app::Num;
    assert_eq!(app::step_224(x), app::step_224(x));
}

#[test]
fn step_225_is_stable() {
    let x = 25 as app::Num;
    assert_eq!(app::step_225(x), app::step_225(x));
}

#[test]
fn step_226_is_stable() {
    let x = 26 as app::Num;
    assert_eq!(app::step_226(x), app::step_226(x));
}

#[test]
fn step_227_is_stable() {
    let x = 27 as app::Num;
    assert_eq!(app::step_227(x), app::step_227(x));
}

#[test]
fn step_228_is_stable() {
    let x = 28 as app::Num;
    assert_eq!(app::step_228(x), app::step_228(x));
}

#[test]
fn step_229_is_stable() {
    let x = 29 as app::Num;
    assert_eq!(app::step_229(x), app::step_229(x));
}

#[test]
fn step_230_is_stable() {
    let x = 30 as app::Num;
    assert_eq!(app::step_230(x), app::step_230(x));
}

#[test]
fn step_231_is_stable() {
    let x = 31 as app::Num;
    assert_eq!(app::step_231(x), app::step_231(x));
}

#[test]
fn step_232_is_stable() {
    let x = 32 as app::Num;
    assert_eq!(app::step_232(x), app::step_232(x));
}

#[test]
fn step_233_is_stable() {
    let x = 33 as app::Num;
    assert_eq!(app::step_233(x), app::step_233(x));
}

#[test]
fn step_234_is_stable() {
    let x = 34 as app::Num;
    assert_eq!(app::step_234(x), app::step_234(x));
}

#[test]
fn step_235_is_stable() {
    let x = 35 as app::Num;
    assert_eq!(app::step_235(x), app::step_235(x));
}

#[test]
fn step_236_is_stable() {
    let x = 36 as app::Num;
    assert_eq!(app::step_236(x), app::step_236(x));
}

#[test]
fn step_237_is_stable() {
    let x = 37 as app::Num;
    assert_eq!(app::step_237(x), app::step_237(x));
}

#[test]
fn step_238_is_stable() {
    let x = 38 as app::Num;
    assert_eq!(app::step_238(x), app::step_238(x));
}

#[test]
fn step_239_is_stable() {
    let x = 39 as app::Num;
    assert_eq!(app::step_239(x), app::step_239(x));
}

#[test]
fn step_240_is_stable() {
    let x = 40 as app::Num;
    assert_eq!(app::step_240(x), app::step_240(x));
}

#[test]
fn step_241_is_stable() {
    let x = 41 as app::Num;
    assert_eq!(app::step_241(x), app::step_241(x));
}

#[test]
fn step_242_is_stable() {
    let x = 42 as app::Num;
    assert_eq!(app::step_242(x), app::step_242(x));
}

#[test]
fn step_243_is_stable() {
    let x = 43 as app::Num;
    assert_eq!(app::step_243(x), app::step_243(x));
}

#[test]
fn step_244_is_stable() {
    let x = 44 as app::Num;
    assert_eq!(app::step_244(x), app::step_244(x));
}

#[test]
fn step_245_is_stable() {
    let x = 45 as app::Num;
    assert_eq!(app::step_245(x), app::step_245(x));
}

#[test]
fn step_246_is_stable() {
    let x = 46 as app::Num;
    assert_eq!(app::step_246(x), app::step_246(x));
}

#[test]
fn step_247_is_stable() {
    let x = 47 as app::Num;
    assert_eq!(app::step_247(x), app::step_247(x));
}

#[test]
fn step_248_is_stable() {
    let x = 48 as app::Num;
    assert_eq!(app::step_248(x), app::step_248(x));
}

#[test]
fn step_249_is_stable() {
    let x = 49 as app::Num;
    assert_eq!(app::step_249(x), app::step_249(x));
}

#[test]
fn step_250_is_stable() {
    let x = 50 as app::Num;
    assert_eq!(app::step_250(x), app::step_250(x));
}

#[test]
fn step_251_is_stable() {
    let x = 51 as app::Num;
    assert_eq!(app::step_251(x), app::step_251(x));
}

#[test]
fn step_252_is_stable() {
    let x = 52 as app::Num;
    assert_eq!(app::step_252(x), app::step_252(x));
}

#[test]
fn step_253_is_stable() {
    let x = 53 as app::Num;
    assert_eq!(app::step_253(x), app::step_253(x));
}

#[test]
fn step_254_is_stable() {
    let x = 54 as app::Num;
    assert_eq!(app::step_254(x), app::step_254(x));
}

#[test]
fn step_255_is_stable() {
    let x = 55 as app::Num;
    assert_eq!(app::step_255(x), app::step_255(x));
}

#[test]
fn step_256_is_stable() {
    let x = 56 as app::Num;
    assert_eq!(app::step_256(x), app::step_256(x));
}

#[test]
fn step_257_is_stable() {
    let x = 57 as app::Num;
    assert_eq!(app::step_257(x), app::step_257(x));
}

#[test]
fn step_258_is_stable() {
    let x = 58 as app::Num;
    assert_eq!(app::step_258(x), app::step_258(x));
}

#[test]
fn step_259_is_stable() {
    let x = 59 as app::Num;
    assert_eq!(app::step_259(x), app::step_259(x));
}

#[test]
fn step_260_is_stable() {
    let x = 60 as app::Num;
    assert_eq!(app::step_260(x), app::step_260(x));
}

#[test]
fn step_261_is_stable() {
    let x = 61 as app::Num;
    assert_eq!(app::step_261(x), app::step_261(x));
}

#[test]
fn step_262_is_stable() {
    let x = 62 as app::Num;
    assert_eq!(app::step_262(x), app::step_262(x));
}

#[test]
fn step_263_is_stable() {
    let x = 63 as app::Num;
    assert_eq!(app::step_263(x), app::step_263(x));
}

#[test]
fn step_264_is_stable() {
    let x = 64 as app::Num;
    assert_eq!(app::step_264(x), app::step_264(x));
}

#[test]
fn step_265_is_stable() {
    let x = 65 as app::Num;
    assert_eq!(app::step_265(x), app::step_265(x));
}

#[test]
fn step_266_is_stable() {
    let x = 66 as app::Num;
    assert_eq!(app::step_266(x), app::step_266(x));
}

#[test]
fn step_267_is_stable() {
    let x = 67 as app::Num;
    assert_eq!(app::step_267(x), app::step_267(x));
}

#[test]
fn step_268_is_stable() {
    let x = 68 as app::Num;
    assert_eq!(app::step_268(x), app::step_268(x));
}

#[test]
fn step_269_is_stable() {
    let x = 69 as app::Num;
    assert_eq!(app::step_269(x), app::step_269(x));
}

#[test]
fn step_270_is_stable() {
    let x = 70 as app::Num;
    assert_eq!(app::step_270(x), app::step_270(x));
}

#[test]
fn step_271_is_stable() {
    let x = 71 as app::Num;
    assert_eq!(app::step_271(x), app::step_271(x));
}

#[test]
fn step_272_is_stable() {
    let x = 72 as app::Num;
    assert_eq!(app::step_272(x), app::step_272(x));
}

#[test]
fn step_273_is_stable() {
    let x = 73 as app::Num;
    assert_eq!(app::step_273(x), app::step_273(x));
}

#[test]
fn step_274_is_stable() {
    let x = 74 as app::Num;
    assert_eq!(app::step_274(x), app::step_274(x));
}

#[test]
fn step_275_is_stable() {
    let x = 75 as app::Num;
    assert_eq!(app::step_275(x), app::step_275(x));
}

#[test]
fn step_276_is_stable() {
    let x = 76 as app::Num;
    assert_eq!(app::step_276(x), app::step_276(x));
}

#[test]
fn step_277_is_stable() {
    let x = 77 as app::Num;
    assert_eq!(app::step_277(x), app::step_277(x));
}

#[test]
fn step_278_is_stable() {
    let x = 78 as app::Num;
    assert_eq!(app::step_278(x), app::step_278(x));
}

#[test]
fn step_279_is_stable() {
    let x = 79 as app::Num;
    assert_eq!(app::step_279(x), app::step_279(x));
}

#[test]
fn step_280_is_stable() {
    let x = 80 as app::Num;
    assert_eq!(app::step_280(x), app::step_280(x));
}

#[test]
fn step_281_is_stable() {
    let x = 81 as app::Num;
    assert_eq!(app::step_281(x), app::step_281(x));
}

#[test]
fn step_282_is_stable() {
    let x = 82 as app::Num;
    assert_eq!(app::step_282(x), app::step_282(x));
}

#[test]
fn step_283_is_stable() {
    let x = 83 as app::Num;
    assert_eq!(app::step_283(x), app::step_283(x));
}

#[test]
fn step_284_is_stable() {
    let x = 84 as app::Num;
    assert_eq!(app::step_284(x), app::step_284(x));
}

#[test]
fn step_285_is_stable() {
    let x = 85 as app::Num;
    assert_eq!(app::step_285(x), app::step_285(x));
}

#[test]
fn step_286_is_stable() {
    let x = 86 as app::Num;
    assert_eq!(app::step_286(x), app::step_286(x));
}

#[test]
fn step_287_is_stable() {
    let x = 87 as app::Num;
    assert_eq!(app::step_287(x), app::step_287(x));
}

#[test]
fn step_288_is_stable() {
    let x = 88 as app::Num;
    assert_eq!(app::step_288(x), app::step_288(x));
}

#[test]
fn step_289_is_stable() {
    let x = 89 as app::Num;
    assert_eq!(app::step_289(x), app::step_289(x));
}

#[test]
fn step_290_is_stable() {
    let x = 90 as app::Num;
    assert_eq!(app::step_290(x), app::step_290(x));
}

#[test]
fn step_291_is_stable() {
    let x = 91 as app::Num;
    assert_eq!(app::step_291(x), app::step_291(x));
}

#[test]
fn step_292_is_stable() {
    let x = 92 as app::Num;
    assert_eq!(app::step_292(x), app::step_292(x));
}

#[test]
fn step_293_is_stable() {
    let x = 93 as app::Num;
    assert_eq!(app::step_293(x), app::step_293(x));
}

#[test]
fn step_294_is_stable() {
    let x = 94 as app::Num;
    assert_eq!(app::step_294(x), app::step_294(x));
}

#[test]
fn step_295_is_stable() {
    let x = 95 as app::Num;
    assert_eq!(app::step_295(x), app::step_295(x));
}

#[test]
fn step_296_is_stable() {
    let x = 96 as app::Num;
    assert_eq!(app::step_296(x), app::step_296(x));
}

#[test]
fn step_297_is_stable() {
    let x = 97 as app::Num;
    assert_eq!(app::step_297(x), app::step_297(x));
}

#[test]
fn step_298_is_stable() {
    let x = 98 as app::Num;
    assert_eq!(app::step_298(x), app::step_298(x));
}

#[test]
fn step_299_is_stable() {
    let x = 99 as app::Num;
    assert_eq!(app::step_299(x), app::step_299(x));
}

#[test]
fn step_300_is_stable() {
    let x = 100 as app::Num;
    assert_eq!(app::step_300(x), app::step_300(x));
}

#[test]
fn step_301_is_stable() {
    let x = 101 as app::Num;
    assert_eq!(app::step_301(x), app::step_301(x));
}

#[test]
fn step_302_is_stable() {
    let x = 102 as app::Num;
    assert_eq!(app::step_302(x), app::step_302(x));
}

#[test]
fn step_303_is_stable() {
    let x = 103 as app::Num;
    assert_eq!(app::step_303(x), app::step_303(x));
}

#[test]
fn step_304_is_stable() {
    let x = 104 as app::Num;
    assert_eq!(app::step_304(x), app::step_304(x));
}

#[test]
fn step_305_is_stable() {
    let x = 105 as app::Num;
    assert_eq!(app::step_305(x), app::step_305(x));
}

#[test]
fn step_306_is_stable() {
    let x = 106 as app::Num;
    assert_eq!(app::step_306(x), app::step_306(x));
}

#[test]
fn step_307_is_stable() {
    let x = 107 as app::Num;
    assert_eq!(app::step_307(x), app::step_307(x));
}

#[test]
fn step_308_is_stable() {
    let x = 108 as app::Num;
    assert_eq!(app::step_308(x), app::step_308(x));
}

#[test]
fn step_309_is_stable() {
    let x = 109 as app::Num;
    assert_eq!(app::step_309(x), app::step_309(x));
}

#[test]
fn step_310_is_stable() {
    let x = 110 as app::Num;
    assert_eq!(app::step_310(x), app::step_310(x));
}

#[test]
fn step_311_is_stable() {
    let x = 111 as app::Num;
    assert_eq!(app::step_311(x), app::step_311(x));
}

#[test]
fn step_312_is_stable() {
    let x = 112 as app::Num;
    assert_eq!(app::step_312(x), app::step_312(x));
}

#[test]
fn step_313_is_stable() {
    let x = 113 as app::Num;
    assert_eq!(app::step_313(x), app::step_313(x));
}

#[test]
fn step_314_is_stable() {
    let x = 114 as app::Num;
    assert_eq!(app::step_314(x), app::step_314(x));
}

#[test]
fn step_315_is_stable() {
    let x = 115 as app::Num;
    assert_eq!(app::step_315(x), app::step_315(x));
}

#[test]
fn step_316_is_stable() {
    let x = 116 as app::Num;
    assert_eq!(app::step_316(x), app::step_316(x));
}

#[test]
fn step_317_is_stable() {
    let x = 117 as app::Num;
    assert_eq!(app::step_317(x), app::step_317(x));
}

#[test]
fn step_318_is_stable() {
    let x = 118 as app::Num;
    assert_eq!(app::step_318(x), app::step_318(x));
}

#[test]
fn step_319_is_stable() {
    let x = 119 as app::Num;
    assert_eq!(app::step_319(x), app::step_319(x));
}

#[test]
fn step_320_is_stable() {
    let x = 120 as app::Num;
    assert_eq!(app::step_320(x), app::step_320(x));
}

#[test]
fn step_321_is_stable() {
    let x = 121 as app::Num;
    assert_eq!(app::step_321(x), app::step_321(x));
}

#[test]
fn step_322_is_stable() {
    let x = 122 as app::Num;
    assert_eq!(app::step_322(x), app::step_322(x));
}

#[test]
fn step_323_is_stable() {
    let x = 123 as app::Num;
    assert_eq!(app::step_323(x), app::step_323(x));
}

#[test]
fn step_324_is_stable() {
    let x = 124 as app::Num;
    assert_eq!(app::step_324(x), app::step_324(x));
}

#[test]
fn step_325_is_stable() {
    let x = 125 as app::Num;
    assert_eq!(app::step_325(x), app::step_325(x));
}

#[test]
fn step_326_is_stable() {
    let x = 126 as app::Num;
    assert_eq!(app::step_326(x), app::step_326(x));
}

#[test]
fn step_327_is_stable() {
    let x = 127 as app::Num;
    assert_eq!(app::step_327(x), app::step_327(x));
}

#[test]
fn step_328_is_stable() {
    let x = 128 as app::Num;
    assert_eq!(app::step_328(x), app::step_328(x));
}

#[test]
fn step_329_is_stable() {
    let x = 129 as app::Num;
    assert_eq!(app::step_329(x), app::step_329(x));
}

#[test]
fn step_330_is_stable() {
    let x = 130 as app::Num;
    assert_eq!(app::step_330(x), app::step_330(x));
}

#[test]
fn step_331_is_stable() {
    let x = 131 as app::Num;
    assert_eq!(app::step_331(x), app::step_331(x));
}

#[test]
fn step_332_is_stable() {
    let x = 132 as app::Num;
    assert_eq!(app::step_332(x), app::step_332(x));
}

#[test]
fn step_333_is_stable() {
    let x = 133 as app::Num;
    assert_eq!(app::step_333(x), app::step_333(x));
}

#[test]
fn step_334_is_stable() {
    let x = 134 as app::Num;
    assert_eq!(app::step_334(x), app::step_334(x));
}

#[test]
fn step_335_is_stable() {
    let x = 135 as app::Num;
    assert_eq!(app::step_335(x), app::step_335(x));
}

#[test]
fn step_336_is_stable() {
    let x = 136 as app::Num;
    assert_eq!(app::step_336(x), app::step_336(x));
}

#[test]
fn step_337_is_stable() {
    let x = 137 as app::Num;
    assert_eq!(app::step_337(x), app::step_337(x));
}

#[test]
fn step_338_is_stable() {
    let x = 138 as app::Num;
    assert_eq!(app::step_338(x), app::step_338(x));
}

#[test]
fn step_339_is_stable() {
    let x = 139 as app::Num;
    assert_eq!(app::step_339(x), app::step_339(x));
}

#[test]
fn step_340_is_stable() {
    let x = 140 as app::Num;
    assert_eq!(app::step_340(x), app::step_340(x));
}

#[test]
fn step_341_is_stable() {
    let x = 141 as app::Num;
    assert_eq!(app::step_341(x), app::step_341(x));
}

#[test]
fn step_342_is_stable() {
    let x = 142 as app::Num;
    assert_eq!(app::step_342(x), app::step_342(x));
}

#[test]
fn step_343_is_stable() {
    let x = 143 as app::Num;
    assert_eq!(app::step_343(x), app::step_343(x));
}

#[test]
fn step_344_is_stable() {
    let x = 144 as app::Num;
    assert_eq!(app::step_344(x), app::step_344(x));
}

#[test]
fn step_345_is_stable() {
    let x = 145 as app::Num;
    assert_eq!(app::step_345(x), app::step_345(x));
}

#[test]
fn step_346_is_stable() {
    let x = 146 as app::Num;
    assert_eq!(app::step_346(x), app::step_346(x));
}

#[test]
fn step_347_is_stable() {
    let x = 147 as app::Num;
    assert_eq!(app::step_347(x), app::step_347(x));
}

#[test]
fn step_348_is_stable() {
    let x = 148 as app::Num;
    assert_eq!(app::step_348(x), app::step_348(x));
}

#[test]
fn step_349_is_stable() {
    let x = 149 as app::Num;
    assert_eq!(app::step_349(x), app::step_349(x));
}

#[test]
fn step_350_is_stable() {
    let x = 150 as app::Num;
    assert_eq!(app::step_350(x), app::step_350(x));
}

#[test]
fn step_351_is_stable() {
    let x = 151 as app::Num;
    assert_eq!(app::step_351(x), app::step_351(x));
}

#[test]
fn step_352_is_stable() {
    let x = 152 as app::Num;
    assert_eq!(app::step_352(x), app::step_352(x));
}

#[test]
fn step_353_is_stable() {
    let x = 153 as app::Num;
    assert_eq!(app::step_353(x), app::step_353(x));
}

#[test]
fn step_354_is_stable() {
    let x = 154 as app::Num;
    assert_eq!(app::step_354(x), app::step_354(x));
}

#[test]
fn step_355_is_stable() {
    let x = 155 as app::Num;
    assert_eq!(app::step_355(x), app::step_355(x));
}

#[test]
fn step_356_is_stable() {
    let x = 156 as app::Num;
    assert_eq!(app::step_356(x), app::step_356(x));
}

#[test]
fn step_357_is_stable() {
    let x = 157 as app::Num;
    assert_eq!(app::step_357(x), app::step_357(x));
}

#[test]
fn step_358_is_stable() {
    let x = 158 as app::Num;
    assert_eq!(app::step_358(x), app::step_358(x));
}

#[test]
fn step_359_is_stable() {
    let x = 159 as app::Num;
    assert_eq!(app::step_359(x), app::step_359(x));
}

#[test]
fn step_360_is_stable() {
    let x = 160 as app::Num;
    assert_eq!(app::step_360(x), app::step_360(x));
}

#[test]
fn step_361_is_stable() {
    let x = 161 as app::Num;
    assert_eq!(app::step_361(x), app::step_361(x));
}

#[test]
fn step_362_is_stable() {
    let x = 162 as app::Num;
    assert_eq!(app::step_362(x), app::step_362(x));
}

#[test]
fn step_363_is_stable() {
    let x = 163 as app::Num;
    assert_eq!(app::step_363(x), app::step_363(x));
}

#[test]
fn step_364_is_stable() {
    let x = 164 as app::Num;
    assert_eq!(app::step_364(x), app::step_364(x));
}

#[test]
fn step_365_is_stable() {
    let x = 165 as app::Num;
    assert_eq!(app::step_365(x), app::step_365(x));
}

#[test]
fn step_366_is_stable() {
    let x = 166 as app::Num;
    assert_eq!(app::step_366(x), app::step_366(x));
}

#[test]
fn step_367_is_stable() {
    let x = 167 as app::Num;
    assert_eq!(app::step_367(x), app::step_367(x));
}

#[test]
fn step_368_is_stable() {
    let x = 168 as app::Num;
    assert_eq!(app::step_368(x), app::step_368(x));
}

#[test]
fn step_369_is_stable() {
    let x = 169 as app::Num;
    assert_eq!(app::step_369(x), app::step_369(x));
}

#[test]
fn step_370_is_stable() {
    let x = 170 as app::Num;
    assert_eq!(app::step_370(x), app::step_370(x));
}

#[test]
fn step_371_is_stable() {
    let x = 171 as app::Num;
    assert_eq!(app::step_371(x), app::step_371(x));
}

#[test]
fn step_372_is_stable() {
    let x = 172 as app::Num;
    assert_eq!(app::step_372(x), app::step_372(x));
}

#[test]
fn step_373_is_stable() {
    let x = 173 as app::Num;
    assert_eq!(app::step_373(x), app::step_373(x));
}

#[test]
fn step_374_is_stable() {
    let x = 174 as app::Num;
    assert_eq!(app::step_374(x), app::step_374(x));
}

#[test]
fn step_375_is_stable() {
    let x = 175 as app::Num;
    assert_eq!(app::step_375(x), app::step_375(x));
}

#[test]
fn step_376_is_stable() {
    let x = 176 as app::Num;
    assert_eq!(app::step_376(x), app::step_376(x));
}

#[test]
fn step_377_is_stable() {
    let x = 177 as app::Num;
    assert_eq!(app::step_377(x), app::step_377(x));
}

#[test]
fn step_378_is_stable() {
    let x = 178 as app::Num;
    assert_eq!(app::step_378(x), app::step_378(x));
}

#[test]
fn step_379_is_stable() {
    let x = 179 as app::Num;
    assert_eq!(app::step_379(x), app::step_379(x));
}

#[test]
fn step_380_is_stable() {
    let x = 180 as app::Num;
    assert_eq!(app::step_380(x), app::step_380(x));
}

#[test]
fn step_381_is_stable() {
    let x = 181 as app::Num;
    assert_eq!(app::step_381(x), app::step_381(x));
}

#[test]
fn step_382_is_stable() {
    let x = 182 as app::Num;
    assert_eq!(app::step_382(x), app::step_382(x));
}

#[test]
fn step_383_is_stable() {
    let x = 183 as app::Num;
    assert_eq!(app::step_383(x), app::step_383(x));
}

#[test]
fn step_384_is_stable() {
    let x = 184 as app::Num;
    assert_eq!(app::step_384(x), app::step_384(x));
}

#[test]
fn step_385_is_stable() {
    let x = 185 as app::Num;
    assert_eq!(app::step_385(x), app::step_385(x));
}

#[test]
fn step_386_is_stable() {
    let x = 186 as app::Num;
    assert_eq!(app::step_386(x), app::step_386(x));
}

#[test]
fn step_387_is_stable() {
    let x = 187 as app::Num;
    assert_eq!(app::step_387(x), app::step_387(x));
}

#[test]
fn step_388_is_stable() {
    let x = 188 as app::Num;
    assert_eq!(app::step_388(x), app::step_388(x));
}

#[test]
fn step_389_is_stable() {
    let x = 189 as app::Num;
    assert_eq!(app::step_389(x), app::step_389(x));
}

#[test]
fn step_390_is_stable() {
    let x = 190 as app::Num;
    assert_eq!(app::step_390(x), app::step_390(x));
}

#[test]
fn step_391_is_stable() {
    let x = 191 as app::Num;
    assert_eq!(app::step_391(x), app::step_391(x));
}

#[test]
fn step_392_is_stable() {
    let x = 192 as app::Num;
    assert_eq!(app::step_392(x), app::step_392(x));
}

#[test]
fn step_393_is_stable() {
    let x = 193 as app::Num;
    assert_eq!(app::step_393(x), app::step_393(x));
}

#[test]
fn step_394_is_stable() {
    let x = 194 as app::Num;
    assert_eq!(app::step_394(x), app::step_394(x));
}

#[test]
fn step_395_is_stable() {
    let x = 195 as app::Num;
    assert_eq!(app::step_395(x), app::step_395(x));
}

#[test]
fn step_396_is_stable() {
    let x = 196 as app::Num;
    assert_eq!(app::step_396(x), app::step_396(x));
}

#[test]
fn step_397_is_stable() {
    let x = 197 as app::Num;
    assert_eq!(app::step_397(x), app::step_397(x));
}

#[test]
fn step_398_is_stable() {
    let x = 198 as app::Num;
    assert_eq!(app::step_398(x), app::step_398(x));
}

#[test]
fn step_399_is_stable() {
    let x = 199 as app::Num;
    assert_eq!(app::step_399(x), app::step_399(x));
}

#[test]
fn step_400_is_stable() {
    let x = 0 as app::Num;
    assert_eq!(app::step_400(x), app::step_400(x));
}

#[test]
fn step_401_is_stable() {
    let x = 1 as app::Num;
    assert_eq!(app::step_401(x), app::step_401(x));
}

#[test]
fn step_402_is_stable() {
    let x = 2 as app::Num;
    assert_eq!(app::step_402(x), app::step_402(x));
}

#[test]
fn step_403_is_stable() {
    let x = 3 as app::Num;
    assert_eq!(app::step_403(x), app::step_403(x));
}

#[test]
fn step_404_is_stable() {
    let x = 4 as app::Num;
    assert_eq!(app::step_404(x), app::step_404(x));
}

#[test]
fn step_405_is_stable() {
    let x = 5 as app::Num;
    assert_eq!(app::step_405(x), app::step_405(x));
}

#[test]
fn step_406_is_stable() {
    let x = 6 as app::Num;
    assert_eq!(app::step_406(x), app::step_406(x));
}

#[test]
fn step_407_is_stable() {
    let x = 7 as app::Num;
    assert_eq!(app::step_407(x), app::step_407(x));
}

#[test]
fn step_408_is_stable() {
    let x = 8 as app::Num;
    assert_eq!(app::step_408(x), app::step_408(x));
}

#[test]
fn step_409_is_stable() {
    let x = 9 as app::Num;
    assert_eq!(app::step_409(x), app::step_409(x));
}

#[test]
fn step_410_is_stable() {
    let x = 10 as app::Num;
    assert_eq!(app::step_410(x), app::step_410(x));
}

#[test]
fn step_411_is_stable() {
    let x = 11 as app::Num;
    assert_eq!(app::step_411(x), app::step_411(x));
}

#[test]
fn step_412_is_stable() {
    let x = 12 as app::Num;
    assert_eq!(app::step_412(x), app::step_412(x));
}

#[test]
fn step_413_is_stable() {
    let x = 13 as app::Num;
    assert_eq!(app::step_413(x), app::step_413(x));
}

#[test]
fn step_414_is_stable() {
    let x = 14 as app::Num;
    assert_eq!(app::step_414(x), app::step_414(x));
}

#[test]
fn step_415_is_stable() {
    let x = 15 as app::Num;
    assert_eq!(app::step_415(x), app::step_415(x));
}

#[test]
fn step_416_is_stable() {
    let x = 16 as app::Num;
    assert_eq!(app::step_416(x), app::step_416(x));
}

#[test]
fn step_417_is_stable() {
    let x = 17 as app::Num;
    assert_eq!(app::step_417(x), app::step_417(x));
}

#[test]
fn step_418_is_stable() {
    let x = 18 as app::Num;
    assert_eq!(app::step_418(x), app::step_418(x));
}

#[test]
fn step_419_is_stable() {
    let x = 19 as app::Num;
    assert_eq!(app::step_419(x), app::step_419(x));
}

#[test]
fn step_420_is_stable() {
    let x = 20 as app::Num;
    assert_eq!(app::step_420(x), app::step_420(x));
}

#[test]
fn step_421_is_stable() {
    let x = 21 as app::Num;
    assert_eq!(app::step_421(x), app::step_421(x));
}

#[test]
fn step_422_is_stable() {
    let x = 22 as app::Num;
    assert_eq!(app::step_422(x), app::step_422(x));
}

#[test]
fn step_423_is_stable() {
    let x = 23 as app::Num;
    assert_eq!(app::step_423(x), app::step_423(x));
}

#[test]
fn step_424_is_stable() {
    let x = 24 as app::Num;
    assert_eq!(app::step_424(x), app::step_424(x));
}

#[test]
fn step_425_is_stable() {
    let x = 25 as app::Num;
    assert_eq!(app::step_425(x), app::step_425(x));
}

#[test]
fn step_426_is_stable() {
    let x = 26 as app::Num;
    assert_eq!(app::step_426(x), app::step_426(x));
}

#[test]
fn step_427_is_stable() {
    let x = 27 as app::Num;
    assert_eq!(app::step_427(x), app::step_427(x));
}

#[test]
fn step_428_is_stable() {
    let x = 28 as app::Num;
    assert_eq!(app::step_428(x), app::step_428(x));
}

#[test]
fn step_429_is_stable() {
    let x = 29 as app::Num;
    assert_eq!(app::step_429(x), app::step_429(x));
}

#[test]
fn step_430_is_stable() {
    let x = 30 as app::Num;
    assert_eq!(app::step_430(x), app::step_430(x));
}

#[test]
fn step_431_is_stable() {
    let x = 31 as app::Num;
    assert_eq!(app::step_431(x), app::step_431(x));
}

#[test]
fn step_432_is_stable() {
    let x = 32 as app::Num;
    assert_eq!(app::step_432(x), app::step_432(x));
}

#[test]
fn step_433_is_stable() {
    let x = 33 as app::Num;
    assert_eq!(app::step_433(x), app::step_433(x));
}

#[test]
fn step_434_is_stable() {
    let x = 34 as app::Num;
    assert_eq!(app::step_434(x), app::step_434(x));
}

#[test]
fn step_435_is_stable() {
    let x = 35 as app::Num;
    assert_eq!(app::step_435(x), app::step_435(x));
}

#[test]
fn step_436_is_stable() {
    let x = 36 as app::Num;
    assert_eq!(app::step_436(x), app::step_436(x));
}

#[test]
fn step_437_is_stable() {
    let x = 37 as app::Num;
    assert_eq!(app::step_437(x), app::step_437(x));
}

#[test]
fn step_438_is_stable() {
    let x = 38 as app::Num;
    assert_eq!(app::step_438(x), app::step_438(x));
}

#[test]
fn step_439_is_stable() {
    let x = 39 as app::Num;
    assert_eq!(app::step_439(x), app::step_439(x));
}

#[test]
fn step_440_is_stable() {
    let x = 40 as app::Num;
    assert_eq!(app::step_440(x), app::step_440(x));
}

#[test]
fn step_441_is_stable() {
    let x = 41 as app::Num;
    assert_eq!(app::step_441(x), app::step_441(x));
}

#[test]
fn step_442_is_stable() {
    let x = 42 as app::Num;
    assert_eq!(app::step_442(x), app::step_442(x));
}

#[test]
fn step_443_is_stable() {
    let x = 43 as app::Num;
    assert_eq!(app::step_443(x), app::step_443(x));
}

#[test]
fn step_444_is_stable() {
    let x = 44 as app::Num;
    assert_eq!(app::step_444(x), app::step_444(x));
}

#[test]
fn step_445_is_stable() {
    let x = 45 as app::Num;
    assert_eq!(app::step_445(x), app::step_445(x));
}

#[test]
fn step_446_is_stable() {
    let x = 46 as app::Num;
    assert_eq!(app::step_446(x), app::step_446(x));
}

#[test]
fn step_447_is_stable() {
    let x = 47 as app::Num;
    assert_eq!(app::step_447(x), app::step_447(x));
}

#[test]
fn step_448_is_stable() {
    let x = 48 as app::Num;
    assert_eq!(app::step_448(x), app::step_448(x));
}

#[test]
fn step_449_is_stable() {
    let x = 49 as app::Num;
    assert_eq!(app::step_449(x), app::step_449(x));
}

#[test]
fn step_450_is_stable() {
    let x = 50 as app::Num;
    assert_eq!(app::step_450(x), app::step_450(x));
}

#[test]
fn step_451_is_stable() {
    let x = 51 as app::Num;
    assert_eq!(app::step_451(x), app::step_451(x));
}

#[test]
fn step_452_is_stable() {
    let x = 52 as app::Num;
    assert_eq!(app::step_452(x), app::step_452(x));
}

#[test]
fn step_453_is_stable() {
    let x = 53 as app::Num;
    assert_eq!(app::step_453(x), app::step_453(x));
}

#[test]
fn step_454_is_stable() {
    let x = 54 as app::Num;
    assert_eq!(app::step_454(x), app::step_454(x));
}

#[test]
fn step_455_is_stable() {
    let x = 55 as app::Num;
    assert_eq!(app::step_455(x), app::step_455(x));
}

#[test]
fn step_456_is_stable() {
    let x = 56 as app::Num;
    assert_eq!(app::step_456(x), app::step_456(x));
}

#[test]
fn step_457_is_stable() {
    let x = 57 as app::Num;
    assert_eq!(app::step_457(x), app::step_457(x));
}

#[test]
fn step_458_is_stable() {
    let x = 58 as app::Num;
    assert_eq!(app::step_458(x), app::step_458(x));
}

#[test]
fn step_459_is_stable() {
    let x = 59 as app::Num;
    assert_eq!(app::step_459(x), app::step_459(x));
}

#[test]
fn step_460_is_stable() {
    let x = 60 as app::Num;
    assert_eq!(app::step_460(x), app::step_460(x));
}

#[test]
fn step_461_is_stable() {
    let x = 61 as app::Num;
    assert_eq!(app::step_461(x), app::step_461(x));
}

#[test]
fn step_462_is_stable() {
    let x = 62 as app::Num;
    assert_eq!(app::step_462(x), app::step_462(x));
}

#[test]
fn step_463_is_stable() {
    let x = 63 as app::Num;
    assert_eq!(app::step_463(x), app::step_463(x));
}

#[test]
fn step_464_is_stable() {
    let x = 64 as app::Num;
    assert_eq!(app::step_464(x), app::step_464(x));
}

#[test]
fn step_465_is_stable() {
    let x = 65 as app::Num;
    assert_eq!(app::step_465(x), app::step_465(x));
}

#[test]
fn step_466_is_stable() {
    let x = 66 as app::Num;
    assert_eq!(app::step_466(x), app::step_466(x));
}

#[test]
fn step_467_is_stable() {
    let x = 67 as app::Num;
    assert_eq!(app::step_467(x), app::step_467(x));
}

#[test]
fn step_468_is_stable() {
    let x = 68 as app::Num;
    assert_eq!(app::step_468(x), app::step_468(x));
}

#[test]
fn step_469_is_stable() {
    let x = 69 as app::Num;
    assert_eq!(app::step_469(x), app::step_469(x));
}

#[test]
fn step_470_is_stable() {
    let x = 70 as app::Num;
    assert_eq!(app::step_470(x), app::step_470(x));
}

#[test]
fn step_471_is_stable() {
    let x = 71 as app::Num;
    assert_eq!(app::step_471(x), app::step_471(x));
}

#[test]
fn step_472_is_stable() {
    let x = 72 as app::Num;
    assert_eq!(app::step_472(x), app::step_472(x));
}

#[test]
fn step_473_is_stable() {
    let x = 73 as app::Num;
    assert_eq!(app::step_473(x), app::step_473(x));
}

#[test]
fn step_474_is_stable() {
    let x = 74 as app::Num;
    assert_eq!(app::step_474(x), app::step_474(x));
}

#[test]
fn step_475_is_stable() {
    let x = 75 as app::Num;
    assert_eq!(app::step_475(x), app::step_475(x));
}

#[test]
fn step_476_is_stable() {
    let x = 76 as app::Num;
    assert_eq!(app::step_476(x), app::step_476(x));
}

#[test]
fn step_477_is_stable() {
    let x = 77 as app::Num;
    assert_eq!(app::step_477(x), app::step_477(x));
}

#[test]
fn step_478_is_stable() {
    let x = 78 as app::Num;
    assert_eq!(app::step_478(x), app::step_478(x));
}

#[test]
fn step_479_is_stable() {
    let x = 79 as app::Num;
    assert_eq!(app::step_479(x), app::step_479(x));
}

#[test]
fn step_480_is_stable() {
    let x = 80 as app::Num;
    assert_eq!(app::step_480(x), app::step_480(x));
}

#[test]
fn step_481_is_stable() {
    let x = 81 as app::Num;
    assert_eq!(app::step_481(x), app::step_481(x));
}

#[test]
fn step_482_is_stable() {
    let x = 82 as app::Num;
    assert_eq!(app::step_482(x), app::step_482(x));
}

#[test]
fn step_483_is_stable() {
    let x = 83 as app::Num;
    assert_eq!(app::step_483(x), app::step_483(x));
}

#[test]
fn step_484_is_stable() {
    let x = 84 as app::Num;
    assert_eq!(app::step_484(x), app::step_484(x));
}

#[test]
fn step_485_is_stable() {
    let x = 85 as app::Num;
    assert_eq!(app::step_485(x), app::step_485(x));
}

#[test]
fn step_486_is_stable() {
    let x = 86 as app::Num;
    assert_eq!(app::step_486(x), app::step_486(x));
}

#[test]
fn step_487_is_stable() {
    let x = 87 as app::Num;
    assert_eq!(app::step_487(x), app::step_487(x));
}

#[test]
fn step_488_is_stable() {
    let x = 88 as app::Num;
    assert_eq!(app::step_488(x), app::step_488(x));
}

#[test]
fn step_489_is_stable() {
    let x = 89 as app::Num;
    assert_eq!(app::step_489(x), app::step_489(x));
}

#[test]
fn step_490_is_stable() {
    let x = 90 as app::Num;
    assert_eq!(app::step_490(x), app::step_490(x));
}

#[test]
fn step_491_is_stable() {
    let x = 91 as app::Num;
    assert_eq!(app::step_491(x), app::step_491(x));
}

#[test]
fn step_492_is_stable() {
    let x = 92 as app::Num;
    assert_eq!(app::step_492(x), app::step_492(x));
}

#[test]
fn step_493_is_stable() {
    let x = 93 as app::Num;
    assert_eq!(app::step_493(x), app::step_493(x));
}

#[test]
fn step_494_is_stable() {
    let x = 94 as app::Num;
    assert_eq!(app::step_494(x), app::step_494(x));
}

#[test]
fn step_495_is_stable() {
    let x = 95 as app::Num;
    assert_eq!(app::step_495(x), app::step_495(x));
}

#[test]
fn step_496_is_stable() {
    let x = 96 as app::Num;
    assert_eq!(app::step_496(x), app::step_496(x));
}

#[test]
fn step_497_is_stable() {
    let x = 97 as app::Num;
    assert_eq!(app::step_497(x), app::step_497(x));
}

#[test]
fn step_498_is_stable() {
    let x = 98 as app::Num;
    assert_eq!(app::step_498(x), app::step_498(x));
}

#[test]
fn step_499_is_stable() {
    let x = 99 as app::Num;
    assert_eq!(app::step_499(x), app::step_499(x));
}

#[test]
fn step_500_is_stable() {
    let x = 100 as app::Num;
    assert_eq!(app::step_500(x), app::step_500(x));
}

#[test]
fn step_501_is_stable() {
    let x = 101 as app::Num;
    assert_eq!(app::step_501(x), app::step_501(x));
}

#[test]
fn step_502_is_stable() {
    let x = 102 as app::Num;
    assert_eq!(app::step_502(x), app::step_502(x));
}

#[test]
fn step_503_is_stable() {
    let x = 103 as app::Num;
    assert_eq!(app::step_503(x), app::step_503(x));
}

#[test]
fn step_504_is_stable() {
    let x = 104 as app::Num;
    assert_eq!(app::step_504(x), app::step_504(x));
}

#[test]
fn step_505_is_stable() {
    let x = 105 as app::Num;
    assert_eq!(app::step_505(x), app::step_505(x));
}

#[test]
fn step_506_is_stable() {
    let x = 106 as app::Num;
    assert_eq!(app::step_506(x), app::step_506(x));
}

#[test]
fn step_507_is_stable() {
    let x = 107 as app::Num;
    assert_eq!(app::step_507(x), app::step_507(x));
}

#[test]
fn step_508_is_stable() {
    let x = 108 as app::Num;
    assert_eq!(app::step_508(x), app::step_508(x));
}

#[test]
fn step_509_is_stable() {
    let x = 109 as app::Num;
    assert_eq!(app::step_509(x), app::step_509(x));
}

#[test]
fn step_510_is_stable() {
    let x = 110 as app::Num;
    assert_eq!(app::step_510(x), app::step_510(x));
}

#[test]
fn step_511_is_stable() {
    let x = 111 as app::Num;
    assert_eq!(app::step_511(x), app::step_511(x));
}

#[test]
fn step_512_is_stable() {
    let x = 112 as app::Num;
    assert_eq!(app::step_512(x), app::step_512(x));
}

#[test]
fn step_513_is_stable() {
    let x = 113 as app::Num;
    assert_eq!(app::step_513(x), app::step_513(x));
}

#[test]
fn step_514_is_stable() {
    let x = 114 as app::Num;
    assert_eq!(app::step_514(x), app::step_514(x));
}

#[test]
fn step_515_is_stable() {
    let x = 115 as app::Num;
    assert_eq!(app::step_515(x), app::step_515(x));
}

#[test]
fn step_516_is_stable() {
    let x = 116 as app::Num;
    assert_eq!(app::step_516(x), app::step_516(x));
}

#[test]
fn step_517_is_stable() {
    let x = 117 as app::Num;
    assert_eq!(app::step_517(x), app::step_517(x));
}

#[test]
fn step_518_is_stable() {
    let x = 118 as app::Num;
    assert_eq!(app::step_518(x), app::step_518(x));
}

#[test]
fn step_519_is_stable() {
    let x = 119 as app::Num;
    assert_eq!(app::step_519(x), app::step_519(x));
}

#[test]
fn step_520_is_stable() {
    let x = 120 as app::Num;
    assert_eq!(app::step_520(x), app::step_520(x));
}

#[test]
fn step_521_is_stable() {
    let x = 121 as app::Num;
    assert_eq!(app::step_521(x), app::step_521(x));
}

#[test]
fn step_522_is_stable() {
    let x = 122 as app::Num;
    assert_eq!(app::step_522(x), app::step_522(x));
}

#[test]
fn step_523_is_stable() {
    let x = 123 as app::Num;
    assert_eq!(app::step_523(x), app::step_523(x));
}

#[test]
fn step_524_is_stable() {
    let x = 124 as app::Num;
    assert_eq!(app::step_524(x), app::step_524(x));
}

#[test]
fn step_525_is_stable() {
    let x = 125 as app::Num;
    assert_eq!(app::step_525(x), app::step_525(x));
}

#[test]
fn step_526_is_stable() {
    let x = 126 as app::Num;
    assert_eq!(app::step_526(x), app::step_526(x));
}

#[test]
fn step_527_is_stable() {
    let x = 127 as app::Num;
    assert_eq!(app::step_527(x), app::step_527(x));
}

#[test]
fn step_528_is_stable() {
    let x = 128 as app::Num;
    assert_eq!(app::step_528(x), app::step_528(x));
}

#[test]
fn step_529_is_stable() {
    let x = 129 as app::Num;
    assert_eq!(app::step_529(x), app::step_529(x));
}

#[test]
fn step_530_is_stable() {
    let x = 130 as app::Num;
    assert_eq!(app::step_530(x), app::step_530(x));
}

#[test]
fn step_531_is_stable() {
    let x = 131 as app::Num;
    assert_eq!(app::step_531(x), app::step_531(x));
}

#[test]
fn step_532_is_stable() {
    let x = 132 as app::Num;
    assert_eq!(app::step_532(x), app::step_532(x));
}

#[test]
fn step_533_is_stable() {
    let x = 133 as app::Num;
    assert_eq!(app::step_533(x), app::step_533(x));
}

#[test]
fn step_534_is_stable() {
    let x = 134 as app::Num;
    assert_eq!(app::step_534(x), app::step_534(x));
}

#[test]
fn step_535_is_stable() {
    let x = 135 as app::Num;
    assert_eq!(app::step_535(x), app::step_535(x));
}

#[test]
fn step_536_is_stable() {
    let x = 136 as app::Num;
    assert_eq!(app::step_536(x), app::step_536(x));
}

#[test]
fn step_537_is_stable() {
    let x = 137 as app::Num;
    assert_eq!(app::step_537(x), app::step_537(x));
}

#[test]
fn step_538_is_stable() {
    let x = 138 as app::Num;
    assert_eq!(app::step_538(x), app::step_538(x));
}

#[test]
fn step_539_is_stable() {
    let x = 139 as app::Num;
    assert_eq!(app::step_539(x), app::step_539(x));
}

#[test]
fn step_540_is_stable() {
    let x = 140 as app::Num;
    assert_eq!(app::step_540(x), app::step_540(x));
}

#[test]
fn step_541_is_stable() {
    let x = 141 as app::Num;
    assert_eq!(app::step_541(x), app::step_541(x));
}

#[test]
fn step_542_is_stable() {
    let x = 142 as app::Num;
    assert_eq!(app::step_542(x), app::step_542(x));
}

#[test]
fn step_543_is_stable() {
    let x = 143 as app::Num;
    assert_eq!(app::step_543(x), app::step_543(x));
}

#[test]
fn step_544_is_stable() {
    let x = 144 as app::Num;
    assert_eq!(app::step_544(x), app::step_544(x));
}

#[test]
fn step_545_is_stable() {
    let x = 145 as app::Num;
    assert_eq!(app::step_545(x), app::step_545(x));
}

#[test]
fn step_546_is_stable() {
    let x = 146 as app::Num;
    assert_eq!(app::step_546(x), app::step_546(x));
}

#[test]
fn step_547_is_stable() {
    let x = 147 as app::Num;
    assert_eq!(app::step_547(x), app::step_547(x));
}

#[test]
fn step_548_is_stable() {
    let x = 148 as app::Num;
    assert_eq!(app::step_548(x), app::step_548(x));
}

#[test]
fn step_549_is_stable() {
    let x = 149 as app::Num;
    assert_eq!(app::step_549(x), app::step_549(x));
}

#[test]
fn step_550_is_stable() {
    let x = 150 as app::Num;
    assert_eq!(app::step_550(x), app::step_550(x));
}

#[test]
fn step_551_is_stable() {
    let x = 151 as app::Num;
    assert_eq!(app::step_551(x), app::step_551(x));
}

#[test]
fn step_552_is_stable() {
    let x = 152 as app::Num;
    assert_eq!(app::step_552(x), app::step_552(x));
}

#[test]
fn step_553_is_stable() {
    let x = 153 as app::Num;
    assert_eq!(app::step_553(x), app::step_553(x));
}

#[test]
fn step_554_is_stable() {
    let x = 154 as app::Num;
    assert_eq!(app::step_554(x), app::step_554(x));
}

#[test]
fn step_555_is_stable() {
    let x = 155 as app::Num;
    assert_eq!(app::step_555(x), app::step_555(x));
}

#[test]
fn step_556_is_stable() {
    let x = 156 as app::Num;
    assert_eq!(app::step_556(x), app::step_556(x));
}

#[test]
fn step_557_is_stable() {
    let x = 157 as app::Num;
    assert_eq!(app::step_557(x), app::step_557(x));
}

#[test]
fn step_558_is_stable() {
    let x = 158 as app::Num;
    assert_eq!(app::step_558(x), app::step_558(x));
}

#[test]
fn step_559_is_stable() {
    let x = 159 as app::Num;
    assert_eq!(app::step_559(x), app::step_559(x));
}

#[test]
fn step_560_is_stable() {
    let x = 160 as app::Num;
    assert_eq!(app::step_560(x), app::step_560(x));
}

#[test]
fn step_561_is_stable() {
    let x = 161 as app::Num;
    assert_eq!(app::step_561(x), app::step_561(x));
}

#[test]
fn step_562_is_stable() {
    let x = 162 as app::Num;
    assert_eq!(app::step_562(x), app::step_562(x));
}

#[test]
fn step_563_is_stable() {
    let x = 163 as app::Num;
    assert_eq!(app::step_563(x), app::step_563(x));
}

#[test]
fn step_564_is_stable() {
    let x = 164 as app::Num;
    assert_eq!(app::step_564(x), app::step_564(x));
}

#[test]
fn step_565_is_stable() {
    let x = 165 as app::Num;
    assert_eq!(app::step_565(x), app::step_565(x));
}

#[test]
fn step_566_is_stable() {
    let x = 166 as app::Num;
    assert_eq!(app::step_566(x), app::step_566(x));
}

#[test]
fn step_567_is_stable() {
    let x = 167 as app::Num;
    assert_eq!(app::step_567(x), app::step_567(x));
}

#[test]
fn step_568_is_stable() {
    let x = 168 as app::Num;
    assert_eq!(app::step_568(x), app::step_568(x));
}

#[test]
fn step_569_is_stable() {
    let x = 169 as app::Num;
    assert_eq!(app::step_569(x), app::step_569(x));
}

#[test]
fn step_570_is_stable() {
    let x = 170 as app::Num;
    assert_eq!(app::step_570(x), app::step_570(x));
}

#[test]
fn step_571_is_stable() {
    let x = 171 as app::Num;
    assert_eq!(app::step_571(x), app::step_571(x));
}

#[test]
fn step_572_is_stable() {
    let x = 172 as app::Num;
    assert_eq!(app::step_572(x), app::step_572(x));
}

#[test]
fn step_573_is_stable() {
    let x = 173 as app::Num;
    assert_eq!(app::step_573(x), app::step_573(x));
}

#[test]
fn step_574_is_stable() {
    let x = 174 as app::Num;
    assert_eq!(app::step_574(x), app::step_574(x));
}

#[test]
fn step_575_is_stable() {
    let x = 175 as app::Num;
    assert_eq!(app::step_575(x), app::step_575(x));
}

#[test]
fn step_576_is_stable() {
    let x = 176 as app::Num;
    assert_eq!(app::step_576(x), app::step_576(x));
}

#[test]
fn step_577_is_stable() {
    let x = 177 as app::Num;
    assert_eq!(app::step_577(x), app::step_577(x));
}

#[test]
fn step_578_is_stable() {
    let x = 178 as app::Num;
    assert_eq!(app::step_578(x), app::step_578(x));
}

#[test]
fn step_579_is_stable() {
    let x = 179 as app::Num;
    assert_eq!(app::step_579(x), app::step_579(x));
}

#[test]
fn step_580_is_stable() {
    let x = 180 as app::Num;
    assert_eq!(app::step_580(x), app::step_580(x));
}

#[test]
fn step_581_is_stable() {
    let x = 181 as app::Num;
    assert_eq!(app::step_581(x), app::step_581(x));
}

#[test]
fn step_582_is_stable() {
    let x = 182 as app::Num;
    assert_eq!(app::step_582(x), app::step_582(x));
}

#[test]
fn step_583_is_stable() {
    let x = 183 as app::Num;
    assert_eq!(app::step_583(x), app::step_583(x));
}

#[test]
fn step_584_is_stable() {
    let x = 184 as app::Num;
    assert_eq!(app::step_584(x), app::step_584(x));
}

#[test]
fn step_585_is_stable() {
    let x = 185 as app::Num;
    assert_eq!(app::step_585(x), app::step_585(x));
}

#[test]
fn step_586_is_stable() {
    let x = 186 as app::Num;
    assert_eq!(app::step_586(x), app::step_586(x));
}

#[test]
fn step_587_is_stable() {
    let x = 187 as app::Num;
    assert_eq!(app::step_587(x), app::step_587(x));
}

#[test]
fn step_588_is_stable() {
    let x = 188 as app::Num;
    assert_eq!(app::step_588(x), app::step_588(x));
}

#[test]
fn step_589_is_stable() {
    let x = 189 as app::Num;
    assert_eq!(app::step_589(x), app::step_589(x));
}

#[test]
fn step_590_is_stable() {
    let x = 190 as app::Num;
    assert_eq!(app::step_590(x), app::step_590(x));
}

#[test]
fn step_591_is_stable() {
    let x = 191 as app::Num;
    assert_eq!(app::step_591(x), app::step_591(x));
}

#[test]
fn step_592_is_stable() {
    let x = 192 as app::Num;
    assert_eq!(app::step_592(x), app::step_592(x));
}

#[test]
fn step_593_is_stable() {
    let x = 193 as app::Num;
    assert_eq!(app::step_593(x), app::step_593(x));
}

#[test]
fn step_594_is_stable() {
    let x = 194 as app::Num;
    assert_eq!(app::step_594(x), app::step_594(x));
}

#[test]
fn step_595_is_stable() {
    let x = 195 as app::Num;
    assert_eq!(app::step_595(x), app::step_595(x));
}

#[test]
fn step_596_is_stable() {
    let x = 196 as app::Num;
    assert_eq!(app::step_596(x), app::step_596(x));
}

#[test]
fn step_597_is_stable() {
    let x = 197 as app::Num;
    assert_eq!(app::step_597(x), app::step_597(x));
}

#[test]
fn step_598_is_stable() {
    let x = 198 as app::Num;
    assert_eq!(app::step_598(x), app::step_598(x));
}

#[test]
fn step_599_is_stable() {
    let x = 199 as app::Num;
    assert_eq!(app::step_599(x), app::step_599(x));
}

#[test]
fn step_600_is_stable() {
    let x = 0 as app::Num;
    assert_eq!(app::step_600(x), app::step_600(x));
}

#[test]
fn step_601_is_stable() {
    let x = 1 as app::Num;
    assert_eq!(app::step_601(x), app::step_601(x));
}

#[test]
fn step_602_is_stable() {
    let x = 2 as app::Num;
    assert_eq!(app::step_602(x), app::step_602(x));
}

#[test]
fn step_603_is_stable() {
    let x = 3 as app::Num;
    assert_eq!(app::step_603(x), app::step_603(x));
}

#[test]
fn step_604_is_stable() {
    let x = 4 as app::Num;
    assert_eq!(app::step_604(x), app::step_604(x));
}

#[test]
fn step_605_is_stable() {
    let x = 5 as app::Num;
    assert_eq!(app::step_605(x), app::step_605(x));
}

#[test]
fn step_606_is_stable() {
    let x = 6 as app::Num;
    assert_eq!(app::step_606(x), app::step_606(x));
}

#[test]
fn step_607_is_stable() {
    let x = 7 as app::Num;
    assert_eq!(app::step_607(x), app::step_607(x));
}

#[test]
fn step_608_is_stable() {
    let x = 8 as app::Num;
    assert_eq!(app::step_608(x), app::step_608(x));
}

#[test]
fn step_609_is_stable() {
    let x = 9 as app::Num;
    assert_eq!(app::step_609(x), app::step_609(x));
}

#[test]
fn step_610_is_stable() {
    let x = 10 as app::Num;
    assert_eq!(app::step_610(x), app::step_610(x));
}

#[test]
fn step_611_is_stable() {
    let x = 11 as app::Num;
    assert_eq!(app::step_611(x), app::step_611(x));
}

#[test]
fn step_612_is_stable() {
    let x = 12 as app::Num;
    assert_eq!(app::step_612(x), app::step_612(x));
}

#[test]
fn step_613_is_stable() {
    let x = 13 as app::Num;
    assert_eq!(app::step_613(x), app::step_613(x));
}

#[test]
fn step_614_is_stable() {
    let x = 14 as app::Num;
    assert_eq!(app::step_614(x), app::step_614(x));
}

#[test]
fn step_615_is_stable() {
    let x = 15 as app::Num;
    assert_eq!(app::step_615(x), app::step_615(x));
}

#[test]
fn step_616_is_stable() {
    let x = 16 as app::Num;
    assert_eq!(app::step_616(x), app::step_616(x));
}

#[test]
fn step_617_is_stable() {
    let x = 17 as app::Num;
    assert_eq!(app::step_617(x), app::step_617(x));
}

#[test]
fn step_618_is_stable() {
    let x = 18 as app::Num;
    assert_eq!(app::step_618(x), app::step_618(x));
}

#[test]
fn step_619_is_stable() {
    let x = 19 as app::Num;
    assert_eq!(app::step_619(x), app::step_619(x));
}

#[test]
fn step_620_is_stable() {
    let x = 20 as app::Num;
    assert_eq!(app::step_620(x), app::step_620(x));
}

#[test]
fn step_621_is_stable() {
    let x = 21 as app::Num;
    assert_eq!(app::step_621(x), app::step_621(x));
}

#[test]
fn step_622_is_stable() {
    let x = 22 as app::Num;
    assert_eq!(app::step_622(x), app::step_622(x));
}

#[test]
fn step_623_is_stable() {
    let x = 23 as app::Num;
    assert_eq!(app::step_623(x), app::step_623(x));
}

#[test]
fn step_624_is_stable() {
    let x = 24 as app::Num;
    assert_eq!(app::step_624(x), app::step_624(x));
}

#[test]
fn step_625_is_stable() {
    let x = 25 as app::Num;
    assert_eq!(app::step_625(x), app::step_625(x));
}

#[test]
fn step_626_is_stable() {
    let x = 26 as app::Num;
    assert_eq!(app::step_626(x), app::step_626(x));
}

#[test]
fn step_627_is_stable() {
    let x = 27 as app::Num;
    assert_eq!(app::step_627(x), app::step_627(x));
}

#[test]
fn step_628_is_stable() {
    let x = 28 as app::Num;
    assert_eq!(app::step_628(x), app::step_628(x));
}

#[test]
fn step_629_is_stable() {
    let x = 29 as app::Num;
    assert_eq!(app::step_629(x), app::step_629(x));
}

#[test]
fn step_630_is_stable() {
    let x = 30 as app::Num;
    assert_eq!(app::step_630(x), app::step_630(x));
}

#[test]
fn step_631_is_stable() {
    let x = 31 as app::Num;
    assert_eq!(app::step_631(x), app::step_631(x));
}

#[test]
fn step_632_is_stable() {
    let x = 32 as app::Num;
    assert_eq!(app::step_632(x), app::step_632(x));
}

#[test]
fn step_633_is_stable() {
    let x = 33 as app::Num;
    assert_eq!(app::step_633(x), app::step_633(x));
}

#[test]
fn step_634_is_stable() {
    let x = 34 as app::Num;
    assert_eq!(app::step_634(x), app::step_634(x));
}

#[test]
fn step_635_is_stable() {
    let x = 35 as app::Num;
    assert_eq!(app::step_635(x), app::step_635(x));
}

#[test]
fn step_636_is_stable() {
    let x = 36 as app::Num;
    assert_eq!(app::step_636(x), app::step_636(x));
}

#[test]
fn step_637_is_stable() {
    let x = 37 as app::Num;
    assert_eq!(app::step_637(x), app::step_637(x));
}

#[test]
fn step_638_is_stable() {
    let x = 38 as app::Num;
    assert_eq!(app::step_638(x), app::step_638(x));
}

#[test]
fn step_639_is_stable() {
    let x = 39 as app::Num;
    assert_eq!(app::step_639(x), app::step_639(x));
}

#[test]
fn step_640_is_stable() {
    let x = 40 as app::Num;
    assert_eq!(app::step_640(x), app::step_640(x));
}

#[test]
fn step_641_is_stable() {
    let x = 41 as app::Num;
    assert_eq!(app::step_641(x), app::step_641(x));
}

#[test]
fn step_642_is_stable() {
    let x = 42 as app::Num;
    assert_eq!(app::step_642(x), app::step_642(x));
}

#[test]
fn step_643_is_stable() {
    let x = 43 as app::Num;
    assert_eq!(app::step_643(x), app::step_643(x));
}

#[test]
fn step_644_is_stable() {
    let x = 44 as app::Num;
    assert_eq!(app::step_644(x), app::step_644(x));
}

#[test]
fn step_645_is_stable() {
    let x = 45 as app::Num;
    assert_eq!(app::step_645(x), app::step_645(x));
}

#[test]
fn step_646_is_stable() {
    let x = 46 as app::Num;
    assert_eq!(app::step_646(x), app::step_646(x));
}

#[test]
fn step_647_is_stable() {
    let x = 47 as app::Num;
    assert_eq!(app::step_647(x), app::step_647(x));
}

#[test]
fn step_648_is_stable() {
    let x = 48 as app::Num;
    assert_eq!(app::step_648(x), app::step_648(x));
}

#[test]
fn step_649_is_stable() {
    let x = 49 as app::Num;
    assert_eq!(app::step_649(x), app::step_649(x));
}

#[test]
fn step_650_is_stable() {
    let x = 50 as app::Num;
    assert_eq!(app::step_650(x), app::step_650(x));
}

#[test]
fn step_651_is_stable() {
    let x = 51 as app::Num;
    assert_eq!(app::step_651(x), app::step_651(x));
}

#[test]
fn step_652_is_stable() {
    let x = 52 as app::Num;
    assert_eq!(app::step_652(x), app::step_652(x));
}

#[test]
fn step_653_is_stable() {
    let x = 53 as app::Num;
    assert_eq!(app::step_653(x), app::step_653(x));
}

#[test]
fn step_654_is_stable() {
    let x = 54 as app::Num;
    assert_eq!(app::step_654(x), app::step_654(x));
}

#[test]
fn step_655_is_stable() {
    let x = 55 as app::Num;
    assert_eq!(app::step_655(x), app::step_655(x));
}

#[test]
fn step_656_is_stable() {
    let x = 56 as app::Num;
    assert_eq!(app::step_656(x), app::step_656(x));
}

#[test]
fn step_657_is_stable() {
    let x = 57 as app::Num;
    assert_eq!(app::step_657(x), app::step_657(x));
}

#[test]
fn step_658_is_stable() {
    let x = 58 as app::Num;
    assert_eq!(app::step_658(x), app::step_658(x));
}

#[test]
fn step_659_is_stable() {
    let x = 59 as app::Num;
    assert_eq!(app::step_659(x), app::step_659(x));
}

#[test]
fn step_660_is_stable() {
    let x = 60 as app::Num;
    assert_eq!(app::step_660(x), app::step_660(x));
}

#[test]
fn step_661_is_stable() {
    let x = 61 as app::Num;
    assert_eq!(app::step_661(x), app::step_661(x));
}

#[test]
fn step_662_is_stable() {
    let x = 62 as app::Num;
    assert_eq!(app::step_662(x), app::step_662(x));
}

#[test]
fn step_663_is_stable() {
    let x = 63 as app::Num;
    assert_eq!(app::step_663(x), app::step_663(x));
}

#[test]
fn step_664_is_stable() {
    let x = 64 as app::Num;
    assert_eq!(app::step_664(x), app::step_664(x));
}

#[test]
fn step_665_is_stable() {
    let x = 65 as app::Num;
    assert_eq!(app::step_665(x), app::step_665(x));
}

#[test]
fn step_666_is_stable() {
    let x = 66 as app::Num;
    assert_eq!(app::step_666(x), app::step_666(x));
}

#[test]
fn step_667_is_stable() {
    let x = 67 as app::Num;
    assert_eq!(app::step_667(x), app::step_667(x));
}

#[test]
fn step_668_is_stable() {
    let x = 68 as app::Num;
    assert_eq!(app::step_668(x), app::step_668(x));
}

#[test]
fn step_669_is_stable() {
    let x = 69 as app::Num;
    assert_eq!(app::step_669(x), app::step_669(x));
}

#[test]
fn step_670_is_stable() {
    let x = 70 as app::Num;
    assert_eq!(app::step_670(x), app::step_670(x));
}

#[test]
fn step_671_is_stable() {
    let x = 71 as app::Num;
    assert_eq!(app::step_671(x), app::step_671(x));
}

#[test]
fn step_672_is_stable() {
    let x = 72 as app::Num;
    assert_eq!(app::step_672(x), app::step_672(x));
}

#[test]
fn step_673_is_stable() {
    let x = 73 as app::Num;
    assert_eq!(app::step_673(x), app::step_673(x));
}

#[test]
fn step_674_is_stable() {
    let x = 74 as app::Num;
    assert_eq!(app::step_674(x), app::step_674(x));
}

#[test]
fn step_675_is_stable() {
    let x = 75 as app::Num;
    assert_eq!(app::step_675(x), app::step_675(x));
}

#[test]
fn step_676_is_stable() {
    let x = 76 as app::Num;
    assert_eq!(app::step_676(x), app::step_676(x));
}

#[test]
fn step_677_is_stable() {
    let x = 77 as app::Num;
    assert_eq!(app::step_677(x), app::step_677(x));
}

#[test]
fn step_678_is_stable() {
    let x = 78 as app::Num;
    assert_eq!(app::step_678(x), app::step_678(x));
}

#[test]
fn step_679_is_stable() {
    let x = 79 as app::Num;
    assert_eq!(app::step_679(x), app::step_679(x));
}

#[test]
fn step_680_is_stable() {
    let x = 80 as app::Num;
    assert_eq!(app::step_680(x), app::step_680(x));
}

#[test]
fn step_681_is_stable() {
    let x = 81 as app::Num;
    assert_eq!(app::step_681(x), app::step_681(x));
}

#[test]
fn step_682_is_stable() {
    let x = 82 as app::Num;
    assert_eq!(app::step_682(x), app::step_682(x));
}

#[test]
fn step_683_is_stable() {
    let x = 83 as app::Num;
    assert_eq!(app::step_683(x), app::step_683(x));
}

#[test]
fn step_684_is_stable() {
    let x = 84 as app::Num;
    assert_eq!(app::step_684(x), app::step_684(x));
}

#[test]
fn step_685_is_stable() {
    let x = 85 as app::Num;
    assert_eq!(app::step_685(x), app::step_685(x));
}

#[test]
fn step_686_is_stable() {
    let x = 86 as app::Num;
    assert_eq!(app::step_686(x), app::step_686(x));
}

#[test]
fn step_687_is_stable() {
    let x = 87 as app::Num;
    assert_eq!(app::step_687(x), app::step_687(x));
}

#[test]
fn step_688_is_stable() {
    let x = 88 as app::Num;
    assert_eq!(app::step_688(x), app::step_688(x));
}

#[test]
fn step_689_is_stable() {
    let x = 89 as app::Num;
    assert_eq!(app::step_689(x), app::step_689(x));
}

#[test]
fn step_690_is_stable() {
    let x = 90 as app::Num;
    assert_eq!(app::step_690(x), app::step_690(x));
}

#[test]
fn step_691_is_stable() {
    let x = 91 as app::Num;
    assert_eq!(app::step_691(x), app::step_691(x));
}

#[test]
fn step_692_is_stable() {
    let x = 92 as app::Num;
    assert_eq!(app::step_692(x), app::step_692(x));
}

#[test]
fn step_693_is_stable() {
    let x = 93 as app::Num;
    assert_eq!(app::step_693(x), app::step_693(x));
}

#[test]
fn step_694_is_stable() {
    let x = 94 as app::Num;
    assert_eq!(app::step_694(x), app::step_694(x));
}

#[test]
fn step_695_is_stable() {
    let x = 95 as app::Num;
    assert_eq!(app::step_695(x), app::step_695(x));
}

#[test]
fn step_696_is_stable() {
    let x = 96 as app::Num;
    assert_eq!(app::step_696(x), app::step_696(x));
}

#[test]
fn step_697_is_stable() {
    let x = 97 as app::Num;
    assert_eq!(app::step_697(x), app::step_697(x));
}

#[test]
fn step_698_is_stable() {
    let x = 98 as app::Num;
    assert_eq!(app::step_698(x), app::step_698(x));
}

#[test]
fn step_699_is_stable() {
    let x = 99 as app::Num;
    assert_eq!(app::step_699(x), app::step_699(x));
}

#[test]
fn step_700_is_stable() {
    let x = 100 as app::Num;
    assert_eq!(app::step_700(x), app::step_700(x));
}

#[test]
fn step_701_is_stable() {
    let x = 101 as app::Num;
    assert_eq!(app::step_701(x), app::step_701(x));
}

#[test]
fn step_702_is_stable() {
    let x = 102 as app::Num;
    assert_eq!(app::step_702(x), app::step_702(x));
}

#[test]
fn step_703_is_stable() {
    let x = 103 as app::Num;
    assert_eq!(app::step_703(x), app::step_703(x));
}

#[test]
fn step_704_is_stable() {
    let x = 104 as app::Num;
    assert_eq!(app::step_704(x), app::step_704(x));
}

#[test]
fn step_705_is_stable() {
    let x = 105 as app::Num;
    assert_eq!(app::step_705(x), app::step_705(x));
}

#[test]
fn step_706_is_stable() {
    let x = 106 as app::Num;
    assert_eq!(app::step_706(x), app::step_706(x));
}

#[test]
fn step_707_is_stable() {
    let x = 107 as app::Num;
    assert_eq!(app::step_707(x), app::step_707(x));
}

#[test]
fn step_708_is_stable() {
    let x = 108 as app::Num;
    assert_eq!(app::step_708(x), app::step_708(x));
}

#[test]
fn step_709_is_stable() {
    let x = 109 as app::Num;
    assert_eq!(app::step_709(x), app::step_709(x));
}

#[test]
fn step_710_is_stable() {
    let x = 110 as app::Num;
    assert_eq!(app::step_710(x), app::step_710(x));
}

#[test]
fn step_711_is_stable() {
    let x = 111 as app::Num;
    assert_eq!(app::step_711(x), app::step_711(x));
}

#[test]
fn step_712_is_stable() {
    let x = 112 as app::Num;
    assert_eq!(app::step_712(x), app::step_712(x));
}

#[test]
fn step_713_is_stable() {
    let x = 113 as app::Num;
    assert_eq!(app::step_713(x), app::step_713(x));
}

#[test]
fn step_714_is_stable() {
    let x = 114 as app::Num;
    assert_eq!(app::step_714(x), app::step_714(x));
}

#[test]
fn step_715_is_stable() {
    let x = 115 as app::Num;
    assert_eq!(app::step_715(x), app::step_715(x));
}

#[test]
fn step_716_is_stable() {
    let x = 116 as app::Num;
    assert_eq!(app::step_716(x), app::step_716(x));
}

#[test]
fn step_717_is_stable() {
    let x = 117 as app::Num;
    assert_eq!(app::step_717(x), app::step_717(x));
}

#[test]
fn step_718_is_stable() {
    let x = 118 as app::Num;
    assert_eq!(app::step_718(x), app::step_718(x));
}

#[test]
fn step_719_is_stable() {
    let x = 119 as app::Num;
    assert_eq!(app::step_719(x), app::step_719(x));
}

#[test]
fn step_720_is_stable() {
    let x = 120 as app::Num;
    assert_eq!(app::step_720(x), app::step_720(x));
}

#[test]
fn step_721_is_stable() {
    let x = 121 as app::Num;
    assert_eq!(app::step_721(x), app::step_721(x));
}

#[test]
fn step_722_is_stable() {
    let x = 122 as app::Num;
    assert_eq!(app::step_722(x), app::step_722(x));
}

#[test]
fn step_723_is_stable() {
    let x = 123 as app::Num;
    assert_eq!(app::step_723(x), app::step_723(x));
}

#[test]
fn step_724_is_stable() {
    let x = 124 as app::Num;
    assert_eq!(app::step_724(x), app::step_724(x));
}

#[test]
fn step_725_is_stable() {
    let x = 125 as app::Num;
    assert_eq!(app::step_725(x), app::step_725(x));
}

#[test]
fn step_726_is_stable() {
    let x = 126 as app::Num;
    assert_eq!(app::step_726(x), app::step_726(x));
}

#[test]
fn step_727_is_stable() {
    let x = 127 as app::Num;
    assert_eq!(app::step_727(x), app::step_727(x));
}

#[test]
fn step_728_is_stable() {
    let x = 128 as app::Num;
    assert_eq!(app::step_728(x), app::step_728(x));
}

#[test]
fn step_729_is_stable() {
    let x = 129 as app::Num;
    assert_eq!(app::step_729(x), app::step_729(x));
}

#[test]
fn step_730_is_stable() {
    let x = 130 as app::Num;
    assert_eq!(app::step_730(x), app::step_730(x));
}

#[test]
fn step_731_is_stable() {
    let x = 131 as app::Num;
    assert_eq!(app::step_731(x), app::step_731(x));
}

#[test]
fn step_732_is_stable() {
    let x = 132 as app::Num;
    assert_eq!(app::step_732(x), app::step_732(x));
}

#[test]
fn step_733_is_stable() {
    let x = 133 as app::Num;
    assert_eq!(app::step_733(x), app::step_733(x));
}

#[test]
fn step_734_is_stable() {
    let x = 134 as app::Num;
    assert_eq!(app::step_734(x), app::step_734(x));
}

#[test]
fn step_735_is_stable() {
    let x = 135 as app::Num;
    assert_eq!(app::step_735(x), app::step_735(x));
}

#[test]
fn step_736_is_stable() {
    let x = 136 as app::Num;
    assert_eq!(app::step_736(x), app::step_736(x));
}

#[test]
fn step_737_is_stable() {
    let x = 137 as app::Num;
    assert_eq!(app::step_737(x), app::step_737(x));
}

#[test]
fn step_738_is_stable() {
    let x = 138 as app::Num;
    assert_eq!(app::step_738(x), app::step_738(x));
}

#[test]
fn step_739_is_stable() {
    let x = 139 as app::Num;
    assert_eq!(app::step_739(x), app::step_739(x));
}

#[test]
fn step_740_is_stable() {
    let x = 140 as app::Num;
    assert_eq!(app::step_740(x), app::step_740(x));
}

#[test]
fn step_741_is_stable() {
    let x = 141 as app::Num;
    assert_eq!(app::step_741(x), app::step_741(x));
}

#[test]
fn step_742_is_stable() {
    let x = 142 as app::Num;
    assert_eq!(app::step_742(x), app::step_742(x));
}

#[test]
fn step_743_is_stable() {
    let x = 143 as app::Num;
    assert_eq!(app::step_743(x), app::step_743(x));
}

#[test]
fn step_744_is_stable() {
    let x = 144 as app::Num;
    assert_eq!(app::step_744(x), app::step_744(x));
}

#[test]
fn step_745_is_stable() {
    let x = 145 as app::Num;
    assert_eq!(app::step_745(x), app::step_745(x));
}

#[test]
fn step_746_is_stable() {
    let x = 146 as app::Num;
    assert_eq!(app::step_746(x), app::step_746(x));
}

#[test]
fn step_747_is_stable() {
    let x = 147 as app::Num;
    assert_eq!(app::step_747(x), app::step_747(x));
}

#[test]
fn step_748_is_stable() {
    let x = 148 as app::Num;
    assert_eq!(app::step_748(x), app::step_748(x));
}

#[test]
fn step_749_is_stable() {
    let x = 149 as app::Num;
    assert_eq!(app::step_749(x), app::step_749(x));
}

#[test]
fn step_750_is_stable() {
    let x = 150 as app::Num;
    assert_eq!(app::step_750(x), app::step_750(x));
}

#[test]
fn step_751_is_stable() {
    let x = 151 as app::Num;
    assert_eq!(app::step_751(x), app::step_751(x));
}

#[test]
fn step_752_is_stable() {
    let x = 152 as app::Num;
    assert_eq!(app::step_752(x), app::step_752(x));
}

#[test]
fn step_753_is_stable() {
    let x = 153 as app::Num;
    assert_eq!(app::step_753(x), app::step_753(x));
}

#[test]
fn step_754_is_stable() {
    let x = 154 as app::Num;
    assert_eq!(app::step_754(x), app::step_754(x));
}

#[test]
fn step_755_is_stable() {
    let x = 155 as app::Num;
    assert_eq!(app::step_755(x), app::step_755(x));
}

#[test]
fn step_756_is_stable() {
    let x = 156 as app::Num;
    assert_eq!(app::step_756(x), app::step_756(x));
}

#[test]
fn step_757_is_stable() {
    let x = 157 as app::Num;
    assert_eq!(app::step_757(x), app::step_757(x));
}

#[test]
fn step_758_is_stable() {
    let x = 158 as app::Num;
    assert_eq!(app::step_758(x), app::step_758(x));
}

#[test]
fn step_759_is_stable() {
    let x = 159 as app::Num;
    assert_eq!(app::step_759(x), app::step_759(x));
}

#[test]
fn step_760_is_stable() {
    let x = 160 as app::Num;
    assert_eq!(app::step_760(x), app::step_760(x));
}

#[test]
fn step_761_is_stable() {
    let x = 161 as app::Num;
    assert_eq!(app::step_761(x), app::step_761(x));
}

#[test]
fn step_762_is_stable() {
    let x = 162 as app::Num;
    assert_eq!(app::step_762(x), app::step_762(x));
}

#[test]
fn step_763_is_stable() {
    let x = 163 as app::Num;
    assert_eq!(app::step_763(x), app::step_763(x));
}

#[test]
fn step_764_is_stable() {
    let x = 164 as app::Num;
    assert_eq!(app::step_764(x), app::step_764(x));
}

#[test]
fn step_765_is_stable() {
    let x = 165 as app::Num;
    assert_eq!(app::step_765(x), app::step_765(x));
}

#[test]
fn step_766_is_stable() {
    let x = 166 as app::Num;
    assert_eq!(app::step_766(x), app::step_766(x));
}

#[test]
fn step_767_is_stable() {
    let x = 167 as app::Num;
    assert_eq!(app::step_767(x), app::step_767(x));
}

#[test]
fn step_768_is_stable() {
    let x = 168 as app::Num;
    assert_eq!(app::step_768(x), app::step_768(x));
}

#[test]
fn step_769_is_stable() {
    let x = 169 as app::Num;
    assert_eq!(app::step_769(x), app::step_769(x));
}

#[test]
fn step_770_is_stable() {
    let x = 170 as app::Num;
    assert_eq!(app::step_770(x), app::step_770(x));
}

#[test]
fn step_771_is_stable() {
    let x = 171 as app::Num;
    assert_eq!(app::step_771(x), app::step_771(x));
}

#[test]
fn step_772_is_stable() {
    let x = 172 as app::Num;
    assert_eq!(app::step_772(x), app::step_772(x));
}

#[test]
fn step_773_is_stable() {
    let x = 173 as app::Num;
    assert_eq!(app::step_773(x), app::step_773(x));
}

#[test]
fn step_774_is_stable() {
    let x = 174 as app::Num;
    assert_eq!(app::step_774(x), app::step_774(x));
}

#[test]
fn step_775_is_stable() {
    let x = 175 as app::Num;
    assert_eq!(app::step_775(x), app::step_775(x));
}

#[test]
fn step_776_is_stable() {
    let x = 176 as app::Num;
    assert_eq!(app::step_776(x), app::step_776(x));
}

#[test]
fn step_777_is_stable() {
    let x = 177 as app::Num;
    assert_eq!(app::step_777(x), app::step_777(x));
}

#[test]
fn step_778_is_stable() {
    let x = 178 as app::Num;
    assert_eq!(app::step_778(x), app::step_778(x));
}

#[test]
fn step_779_is_stable() {
    let x = 179 as app::Num;
    assert_eq!(app::step_779(x), app::step_779(x));
}

#[test]
fn step_780_is_stable() {
    let x = 180 as app::Num;
    assert_eq!(app::step_780(x), app::step_780(x));
}

#[test]
fn step_781_is_stable() {
    let x = 181 as app::Num;
    assert_eq!(app::step_781(x), app::step_781(x));
}

#[test]
fn step_782_is_stable() {
    let x = 182 as app::Num;
    assert_eq!(app::step_782(x), app::step_782(x));
}

#[test]
fn step_783_is_stable() {
    let x = 183 as app::Num;
    assert_eq!(app::step_783(x), app::step_783(x));
}

#[test]
fn step_784_is_stable() {
    let x = 184 as app::Num;
    assert_eq!(app::step_784(x), app::step_784(x));
}

#[test]
fn step_785_is_stable() {
    let x = 185 as app::Num;
    assert_eq!(app::step_785(x), app::step_785(x));
}

#[test]
fn step_786_is_stable() {
    let x = 186 as app::Num;
    assert_eq!(app::step_786(x), app::step_786(x));
}

#[test]
fn step_787_is_stable() {
    let x = 187 as app::Num;
    assert_eq!(app::step_787(x), app::step_787(x));
}

#[test]
fn step_788_is_stable() {
    let x = 188 as app::Num;
    assert_eq!(app::step_788(x), app::step_788(x));
}

#[test]
fn step_789_is_stable() {
    let x = 189 as app::Num;
    assert_eq!(app::step_789(x), app::step_789(x));
}

#[test]
fn step_790_is_stable() {
    let x = 190 as app::Num;
    assert_eq!(app::step_790(x), app::step_790(x));
}

#[test]
fn step_791_is_stable() {
    let x = 191 as app::Num;
    assert_eq!(app::step_791(x), app::step_791(x));
}

#[test]
fn step_792_is_stable() {
    let x = 192 as app::Num;
    assert_eq!(app::step_792(x), app::step_792(x));
}

#[test]
fn step_793_is_stable() {
    let x = 193 as app::Num;
    assert_eq!(app::step_793(x), app::step_793(x));
}

#[test]
fn step_794_is_stable() {
    let x = 194 as app::Num;
    assert_eq!(app::step_794(x), app::step_794(x));
}

#[test]
fn step_795_is_stable() {
    let x = 195 as app::Num;
    assert_eq!(app::step_795(x), app::step_795(x));
}

#[test]
fn step_796_is_stable() {
    let x = 196 as app::Num;
    assert_eq!(app::step_796(x), app::step_796(x));
}

#[test]
fn step_797_is_stable() {
    let x = 197 as app::Num;
    assert_eq!(app::step_797(x), app::step_797(x));
}

#[test]
fn step_798_is_stable() {
    let x = 198 as app::Num;
    assert_eq!(app::step_798(x), app::step_798(x));
}

#[test]
fn step_799_is_stable() {
    let x = 199 as app::Num;
    assert_eq!(app::step_799(x), app::step_799(x));
}
