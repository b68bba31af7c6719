package kr.sanggwon.lesson;

/** How the app verifies a step's check question from what is on screen. */
public enum CheckKind {
    /** The learner types the number shown in the step's answer control; it must match what the screen shows. */
    NUMBER_SHOWN,
    /** The learner picks one of the choices; the right one is the choice the answer control's text states. */
    CHOICE_SHOWN,
    /** The learner picks a district on the screen; the shared selection must name it. */
    DISTRICT_SELECTED,
    /** The learner puts districts side by side; the comparison must hold at least {@code count} of them. */
    COMPARE_COUNT
}
