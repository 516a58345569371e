//! Three hundred small functions, so that each build leaves an incremental cache worth
//! measuring.

/// Step 0.
pub fn step_0(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(0)).to_string()
}

/// Step 1.
pub fn step_1(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(1)).to_string()
}

/// Step 2.
pub fn step_2(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(2)).to_string()
}

/// Step 3.
pub fn step_3(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(3)).to_string()
}

/// Step 4.
pub fn step_4(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(4)).to_string()
}

/// Step 5.
pub fn step_5(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(5)).to_string()
}

/// Step 6.
pub fn step_6(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(6)).to_string()
}

/// Step 7.
pub fn step_7(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(7)).to_string()
}

/// Step 8.
pub fn step_8(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(8)).to_string()
}

/// Step 9.
pub fn step_9(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(9)).to_string()
}

/// Step 10.
pub fn step_10(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(10)).to_string()
}

/// Step 11.
pub fn step_11(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(11)).to_string()
}

/// Step 12.
pub fn step_12(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(12)).to_string()
}

/// Step 13.
pub fn step_13(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(13)).to_string()
}

/// Step 14.
pub fn step_14(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(14)).to_string()
}

/// Step 15.
pub fn step_15(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(15)).to_string()
}

/// Step 16.
pub fn step_16(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(16)).to_string()
}

/// Step 17.
pub fn step_17(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(17)).to_string()
}

/// Step 18.
pub fn step_18(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(18)).to_string()
}

/// Step 19.
pub fn step_19(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(19)).to_string()
}

/// Step 20.
pub fn step_20(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(20)).to_string()
}

/// Step 21.
pub fn step_21(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(21)).to_string()
}

/// Step 22.
pub fn step_22(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(22)).to_string()
}

/// Step 23.
pub fn step_23(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(23)).to_string()
}

/// Step 24.
pub fn step_24(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(24)).to_string()
}

/// Step 25.
pub fn step_25(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(25)).to_string()
}

/// Step 26.
pub fn step_26(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(26)).to_string()
}

/// Step 27.
pub fn step_27(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(27)).to_string()
}

/// Step 28.
pub fn step_28(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(28)).to_string()
}

/// Step 29.
pub fn step_29(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(29)).to_string()
}

/// Step 30.
pub fn step_30(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(30)).to_string()
}

/// Step 31.
pub fn step_31(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(31)).to_string()
}

/// Step 32.
pub fn step_32(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(32)).to_string()
}

/// Step 33.
pub fn step_33(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(33)).to_string()
}

/// Step 34.
pub fn step_34(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(34)).to_string()
}

/// Step 35.
pub fn step_35(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(35)).to_string()
}

/// Step 36.
pub fn step_36(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(36)).to_string()
}

/// Step 37.
pub fn step_37(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(37)).to_string()
}

/// Step 38.
pub fn step_38(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(38)).to_string()
}

/// Step 39.
pub fn step_39(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(39)).to_string()
}

/// Step 40.
pub fn step_40(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(40)).to_string()
}

/// Step 41.
pub fn step_41(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(41)).to_string()
}

/// Step 42.
pub fn step_42(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(42)).to_string()
}

/// Step 43.
pub fn step_43(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(43)).to_string()
}

/// Step 44.
pub fn step_44(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(44)).to_string()
}

/// Step 45.
pub fn step_45(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(45)).to_string()
}

/// Step 46.
pub fn step_46(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(46)).to_string()
}

/// Step 47.
pub fn step_47(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(47)).to_string()
}

/// Step 48.
pub fn step_48(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(48)).to_string()
}

/// Step 49.
pub fn step_49(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(49)).to_string()
}

/// Step 50.
pub fn step_50(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(50)).to_string()
}

/// Step 51.
pub fn step_51(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(51)).to_string()
}

/// Step 52.
pub fn step_52(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(52)).to_string()
}

/// Step 53.
pub fn step_53(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(53)).to_string()
}

/// Step 54.
pub fn step_54(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(54)).to_string()
}

/// Step 55.
pub fn step_55(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(55)).to_string()
}

/// Step 56.
pub fn step_56(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(56)).to_string()
}

/// Step 57.
pub fn step_57(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(57)).to_string()
}

/// Step 58.
pub fn step_58(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(58)).to_string()
}

/// Step 59.
pub fn step_59(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(59)).to_string()
}

/// Step 60.
pub fn step_60(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(60)).to_string()
}

/// Step 61.
pub fn step_61(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(61)).to_string()
}

/// Step 62.
pub fn step_62(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(62)).to_string()
}

/// Step 63.
pub fn step_63(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(63)).to_string()
}

/// Step 64.
pub fn step_64(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(64)).to_string()
}

/// Step 65.
pub fn step_65(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(65)).to_string()
}

/// Step 66.
pub fn step_66(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(66)).to_string()
}

/// Step 67.
pub fn step_67(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(67)).to_string()
}

/// Step 68.
pub fn step_68(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(68)).to_string()
}

/// Step 69.
pub fn step_69(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(69)).to_string()
}

/// Step 70.
pub fn step_70(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(70)).to_string()
}

/// Step 71.
pub fn step_71(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(71)).to_string()
}

/// Step 72.
pub fn step_72(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(72)).to_string()
}

/// Step 73.
pub fn step_73(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(73)).to_string()
}

/// Step 74.
pub fn step_74(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(74)).to_string()
}

/// Step 75.
pub fn step_75(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(75)).to_string()
}

/// Step 76.
pub fn step_76(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(76)).to_string()
}

/// Step 77.
pub fn step_77(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(77)).to_string()
}

/// Step 78.
pub fn step_78(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(78)).to_string()
}

/// Step 79.
pub fn step_79(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(79)).to_string()
}

/// Step 80.
pub fn step_80(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(80)).to_string()
}

/// Step 81.
pub fn step_81(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(81)).to_string()
}

/// Step 82.
pub fn step_82(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(82)).to_string()
}

/// Step 83.
pub fn step_83(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(83)).to_string()
}

/// Step 84.
pub fn step_84(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(84)).to_string()
}

/// Step 85.
pub fn step_85(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(85)).to_string()
}

/// Step 86.
pub fn step_86(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(86)).to_string()
}

/// Step 87.
pub fn step_87(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(87)).to_string()
}

/// Step 88.
pub fn step_88(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(88)).to_string()
}

/// Step 89.
pub fn step_89(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(89)).to_string()
}

/// Step 90.
pub fn step_90(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(90)).to_string()
}

/// Step 91.
pub fn step_91(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(91)).to_string()
}

/// Step 92.
pub fn step_92(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(92)).to_string()
}

/// Step 93.
pub fn step_93(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(93)).to_string()
}

/// Step 94.
pub fn step_94(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(94)).to_string()
}

/// Step 95.
pub fn step_95(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(95)).to_string()
}

/// Step 96.
pub fn step_96(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(96)).to_string()
}

/// Step 97.
pub fn step_97(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(97)).to_string()
}

/// Step 98.
pub fn step_98(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(98)).to_string()
}

/// Step 99.
pub fn step_99(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(99)).to_string()
}

/// Step 100.
pub fn step_100(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(100)).to_string()
}

/// Step 101.
pub fn step_101(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(101)).to_string()
}

/// Step 102.
pub fn step_102(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(102)).to_string()
}

/// Step 103.
pub fn step_103(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(103)).to_string()
}

/// Step 104.
pub fn step_104(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(104)).to_string()
}

/// Step 105.
pub fn step_105(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(105)).to_string()
}

/// Step 106.
pub fn step_106(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(106)).to_string()
}

/// Step 107.
pub fn step_107(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(107)).to_string()
}

/// Step 108.
pub fn step_108(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(108)).to_string()
}

/// Step 109.
pub fn step_109(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(109)).to_string()
}

/// Step 110.
pub fn step_110(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(110)).to_string()
}

/// Step 111.
pub fn step_111(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(111)).to_string()
}

/// Step 112.
pub fn step_112(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(112)).to_string()
}

/// Step 113.
pub fn step_113(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(113)).to_string()
}

/// Step 114.
pub fn step_114(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(114)).to_string()
}

/// Step 115.
pub fn step_115(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(115)).to_string()
}

/// Step 116.
pub fn step_116(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(116)).to_string()
}

/// Step 117.
pub fn step_117(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(117)).to_string()
}

/// Step 118.
pub fn step_118(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(118)).to_string()
}

/// Step 119.
pub fn step_119(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(119)).to_string()
}

/// Step 120.
pub fn step_120(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(120)).to_string()
}

/// Step 121.
pub fn step_121(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(121)).to_string()
}

/// Step 122.
pub fn step_122(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(122)).to_string()
}

/// Step 123.
pub fn step_123(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(123)).to_string()
}

/// Step 124.
pub fn step_124(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(124)).to_string()
}

/// Step 125.
pub fn step_125(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(125)).to_string()
}

/// Step 126.
pub fn step_126(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(126)).to_string()
}

/// Step 127.
pub fn step_127(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(127)).to_string()
}

/// Step 128.
pub fn step_128(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(128)).to_string()
}

/// Step 129.
pub fn step_129(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(129)).to_string()
}

/// Step 130.
pub fn step_130(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(130)).to_string()
}

/// Step 131.
pub fn step_131(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(131)).to_string()
}

/// Step 132.
pub fn step_132(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(132)).to_string()
}

/// Step 133.
pub fn step_133(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(133)).to_string()
}

/// Step 134.
pub fn step_134(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(134)).to_string()
}

/// Step 135.
pub fn step_135(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(135)).to_string()
}

/// Step 136.
pub fn step_136(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(136)).to_string()
}

/// Step 137.
pub fn step_137(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(137)).to_string()
}

/// Step 138.
pub fn step_138(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(138)).to_string()
}

/// Step 139.
pub fn step_139(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(139)).to_string()
}

/// Step 140.
pub fn step_140(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(140)).to_string()
}

/// Step 141.
pub fn step_141(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(141)).to_string()
}

/// Step 142.
pub fn step_142(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(142)).to_string()
}

/// Step 143.
pub fn step_143(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(143)).to_string()
}

/// Step 144.
pub fn step_144(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(144)).to_string()
}

/// Step 145.
pub fn step_145(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(145)).to_string()
}

/// Step 146.
pub fn step_146(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(146)).to_string()
}

/// Step 147.
pub fn step_147(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(147)).to_string()
}

/// Step 148.
pub fn step_148(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(148)).to_string()
}

/// Step 149.
pub fn step_149(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(149)).to_string()
}

/// Step 150.
pub fn step_150(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(150)).to_string()
}

/// Step 151.
pub fn step_151(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(151)).to_string()
}

/// Step 152.
pub fn step_152(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(152)).to_string()
}

/// Step 153.
pub fn step_153(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(153)).to_string()
}

/// Step 154.
pub fn step_154(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(154)).to_string()
}

/// Step 155.
pub fn step_155(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(155)).to_string()
}

/// Step 156.
pub fn step_156(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(156)).to_string()
}

/// Step 157.
pub fn step_157(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(157)).to_string()
}

/// Step 158.
pub fn step_158(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(158)).to_string()
}

/// Step 159.
pub fn step_159(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(159)).to_string()
}

/// Step 160.
pub fn step_160(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(160)).to_string()
}

/// Step 161.
pub fn step_161(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(161)).to_string()
}

/// Step 162.
pub fn step_162(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(162)).to_string()
}

/// Step 163.
pub fn step_163(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(163)).to_string()
}

/// Step 164.
pub fn step_164(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(164)).to_string()
}

/// Step 165.
pub fn step_165(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(165)).to_string()
}

/// Step 166.
pub fn step_166(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(166)).to_string()
}

/// Step 167.
pub fn step_167(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(167)).to_string()
}

/// Step 168.
pub fn step_168(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(168)).to_string()
}

/// Step 169.
pub fn step_169(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(169)).to_string()
}

/// Step 170.
pub fn step_170(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(170)).to_string()
}

/// Step 171.
pub fn step_171(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(171)).to_string()
}

/// Step 172.
pub fn step_172(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(172)).to_string()
}

/// Step 173.
pub fn step_173(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(173)).to_string()
}

/// Step 174.
pub fn step_174(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(174)).to_string()
}

/// Step 175.
pub fn step_175(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(175)).to_string()
}

/// Step 176.
pub fn step_176(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(176)).to_string()
}

/// Step 177.
pub fn step_177(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(177)).to_string()
}

/// Step 178.
pub fn step_178(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(178)).to_string()
}

/// Step 179.
pub fn step_179(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(179)).to_string()
}

/// Step 180.
pub fn step_180(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(180)).to_string()
}

/// Step 181.
pub fn step_181(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(181)).to_string()
}

/// Step 182.
pub fn step_182(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(182)).to_string()
}

/// Step 183.
pub fn step_183(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(183)).to_string()
}

/// Step 184.
pub fn step_184(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(184)).to_string()
}

/// Step 185.
pub fn step_185(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(185)).to_string()
}

/// Step 186.
pub fn step_186(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(186)).to_string()
}

/// Step 187.
pub fn step_187(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(187)).to_string()
}

/// Step 188.
pub fn step_188(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(188)).to_string()
}

/// Step 189.
pub fn step_189(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(189)).to_string()
}

/// Step 190.
pub fn step_190(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(190)).to_string()
}

/// Step 191.
pub fn step_191(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(191)).to_string()
}

/// Step 192.
pub fn step_192(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(192)).to_string()
}

/// Step 193.
pub fn step_193(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(193)).to_string()
}

/// Step 194.
pub fn step_194(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(194)).to_string()
}

/// Step 195.
pub fn step_195(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(195)).to_string()
}

/// Step 196.
pub fn step_196(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(196)).to_string()
}

/// Step 197.
pub fn step_197(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(197)).to_string()
}

/// Step 198.
pub fn step_198(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(198)).to_string()
}

/// Step 199.
pub fn step_199(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(199)).to_string()
}

/// Step 200.
pub fn step_200(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(200)).to_string()
}

/// Step 201.
pub fn step_201(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(201)).to_string()
}

/// Step 202.
pub fn step_202(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(202)).to_string()
}

/// Step 203.
pub fn step_203(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(203)).to_string()
}

/// Step 204.
pub fn step_204(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(204)).to_string()
}

/// Step 205.
pub fn step_205(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(205)).to_string()
}

/// Step 206.
pub fn step_206(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(206)).to_string()
}

/// Step 207.
pub fn step_207(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(207)).to_string()
}

/// Step 208.
pub fn step_208(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(208)).to_string()
}

/// Step 209.
pub fn step_209(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(209)).to_string()
}

/// Step 210.
pub fn step_210(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(210)).to_string()
}

/// Step 211.
pub fn step_211(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(211)).to_string()
}

/// Step 212.
pub fn step_212(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(212)).to_string()
}

/// Step 213.
pub fn step_213(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(213)).to_string()
}

/// Step 214.
pub fn step_214(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(214)).to_string()
}

/// Step 215.
pub fn step_215(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(215)).to_string()
}

/// Step 216.
pub fn step_216(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(216)).to_string()
}

/// Step 217.
pub fn step_217(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(217)).to_string()
}

/// Step 218.
pub fn step_218(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(218)).to_string()
}

/// Step 219.
pub fn step_219(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(219)).to_string()
}

/// Step 220.
pub fn step_220(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(220)).to_string()
}

/// Step 221.
pub fn step_221(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(221)).to_string()
}

/// Step 222.
pub fn step_222(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(222)).to_string()
}

/// Step 223.
pub fn step_223(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(223)).to_string()
}

/// Step 224.
pub fn step_224(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(224)).to_string()
}

/// Step 225.
pub fn step_225(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(225)).to_string()
}

/// Step 226.
pub fn step_226(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(226)).to_string()
}

/// Step 227.
pub fn step_227(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(227)).to_string()
}

/// Step 228.
pub fn step_228(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(228)).to_string()
}

/// Step 229.
pub fn step_229(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(229)).to_string()
}

/// Step 230.
pub fn step_230(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(230)).to_string()
}

/// Step 231.
pub fn step_231(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(231)).to_string()
}

/// Step 232.
pub fn step_232(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(232)).to_string()
}

/// Step 233.
pub fn step_233(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(233)).to_string()
}

/// Step 234.
pub fn step_234(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(234)).to_string()
}

/// Step 235.
pub fn step_235(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(235)).to_string()
}

/// Step 236.
pub fn step_236(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(236)).to_string()
}

/// Step 237.
pub fn step_237(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(237)).to_string()
}

/// Step 238.
pub fn step_238(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(238)).to_string()
}

/// Step 239.
pub fn step_239(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(239)).to_string()
}

/// Step 240.
pub fn step_240(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(240)).to_string()
}

/// Step 241.
pub fn step_241(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(241)).to_string()
}

/// Step 242.
pub fn step_242(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(242)).to_string()
}

/// Step 243.
pub fn step_243(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(243)).to_string()
}

/// Step 244.
pub fn step_244(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(244)).to_string()
}

/// Step 245.
pub fn step_245(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(245)).to_string()
}

/// Step 246.
pub fn step_246(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(246)).to_string()
}

/// Step 247.
pub fn step_247(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(247)).to_string()
}

/// Step 248.
pub fn step_248(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(248)).to_string()
}

/// Step 249.
pub fn step_249(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(249)).to_string()
}

/// Step 250.
pub fn step_250(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(250)).to_string()
}

/// Step 251.
pub fn step_251(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(251)).to_string()
}

/// Step 252.
pub fn step_252(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(252)).to_string()
}

/// Step 253.
pub fn step_253(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(253)).to_string()
}

/// Step 254.
pub fn step_254(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(254)).to_string()
}

/// Step 255.
pub fn step_255(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(255)).to_string()
}

/// Step 256.
pub fn step_256(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(256)).to_string()
}

/// Step 257.
pub fn step_257(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(257)).to_string()
}

/// Step 258.
pub fn step_258(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(258)).to_string()
}

/// Step 259.
pub fn step_259(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(259)).to_string()
}

/// Step 260.
pub fn step_260(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(260)).to_string()
}

/// Step 261.
pub fn step_261(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(261)).to_string()
}

/// Step 262.
pub fn step_262(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(262)).to_string()
}

/// Step 263.
pub fn step_263(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(263)).to_string()
}

/// Step 264.
pub fn step_264(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(264)).to_string()
}

/// Step 265.
pub fn step_265(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(265)).to_string()
}

/// Step 266.
pub fn step_266(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(266)).to_string()
}

/// Step 267.
pub fn step_267(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(267)).to_string()
}

/// Step 268.
pub fn step_268(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(268)).to_string()
}

/// Step 269.
pub fn step_269(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(269)).to_string()
}

/// Step 270.
pub fn step_270(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(270)).to_string()
}

/// Step 271.
pub fn step_271(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(271)).to_string()
}

/// Step 272.
pub fn step_272(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(272)).to_string()
}

/// Step 273.
pub fn step_273(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(273)).to_string()
}

/// Step 274.
pub fn step_274(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(274)).to_string()
}

/// Step 275.
pub fn step_275(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(275)).to_string()
}

/// Step 276.
pub fn step_276(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(276)).to_string()
}

/// Step 277.
pub fn step_277(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(277)).to_string()
}

/// Step 278.
pub fn step_278(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(278)).to_string()
}

/// Step 279.
pub fn step_279(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(279)).to_string()
}

/// Step 280.
pub fn step_280(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(280)).to_string()
}

/// Step 281.
pub fn step_281(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(281)).to_string()
}

/// Step 282.
pub fn step_282(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(282)).to_string()
}

/// Step 283.
pub fn step_283(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(283)).to_string()
}

/// Step 284.
pub fn step_284(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(284)).to_string()
}

/// Step 285.
pub fn step_285(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(285)).to_string()
}

/// Step 286.
pub fn step_286(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(286)).to_string()
}

/// Step 287.
pub fn step_287(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(287)).to_string()
}

/// Step 288.
pub fn step_288(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(288)).to_string()
}

/// Step 289.
pub fn step_289(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(289)).to_string()
}

/// Step 290.
pub fn step_290(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(290)).to_string()
}

/// Step 291.
pub fn step_291(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(291)).to_string()
}

/// Step 292.
pub fn step_292(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(292)).to_string()
}

/// Step 293.
pub fn step_293(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(293)).to_string()
}

/// Step 294.
pub fn step_294(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(294)).to_string()
}

/// Step 295.
pub fn step_295(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(295)).to_string()
}

/// Step 296.
pub fn step_296(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(296)).to_string()
}

/// Step 297.
pub fn step_297(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(297)).to_string()
}

/// Step 298.
pub fn step_298(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(298)).to_string()
}

/// Step 299.
pub fn step_299(x: u64) -> String {
    let mut buffer = itoa::Buffer::new();
    buffer.format(x.wrapping_mul(299)).to_string()
}
